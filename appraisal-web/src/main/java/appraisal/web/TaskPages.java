package appraisal.web;

import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.Round;
import appraisal.domain.port.in.task.Task;
import appraisal.http.Access;
import appraisal.http.Call;
import appraisal.http.Route;
import appraisal.web.AgreementView.Option;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** "Waiting for me": per step, the agreements of a round on which the next step is the viewer's ({@code TaskQueries}). */
final class TaskPages {

    private final WebUseCases.Tasks uses;
    private final Templates templates;
    private final PageReads reads;

    TaskPages(WebUseCases.Tasks uses, PageReads reads, Templates templates) {
        this.uses = uses;
        this.templates = templates;
        this.reads = reads;
    }

    void declare(List<Route> routes) {
        routes.add(new Route("GET", "/tasks", Access.SIGNED_IN, this::tasks));
    }

    private void tasks(Call call) {
        Screen s = new Screen(call, templates);
        Round round = reads.round(call);
        Map<Task.Step, List<AgreementView.Line>> byStep = new EnumMap<>(Task.Step.class);
        Optional<PersonId> me = s.me();
        if (me.isPresent()) {
            for (Task task : uses.tasks().awaiting(me.get(), round.id())) {
                if (call.visibility().sees(task.agreement().appraisee())) {
                    byStep.computeIfAbsent(task.step(), k -> new ArrayList<>()).add(reads.line(s.text, task.agreement(), round));
                }
            }
        }
        List<AgreementView.Queue> queues = new ArrayList<>();
        for (Task.Step step : Task.Step.values()) {
            queues.add(new AgreementView.Queue(step.name().toLowerCase(java.util.Locale.ROOT), title(step), byStep.getOrDefault(step, List.of())));
        }
        List<Option> rounds = reads.newestFirst().stream().map(r -> new Option(r.id().value(), s.text.text(r.id().value()),
                r.id().equals(round.id()))).collect(Collectors.toList());
        s.page("tasks.jte", Screen.params("frame", s.frame("งานที่รอดำเนินการ", "tasks"), "round", s.text.text(round.id().value()),
                "rounds", rounds, "queues", queues, "count", s.text.number(byStep.values().stream().mapToInt(List::size).sum()), "none", byStep.isEmpty()));
    }

    private static String title(Task.Step step) {
        switch (step) {
            case SIGN: return "รอลงนามในข้อตกลง";
            case REPORT: return "รอรายงานผลและส่งการประเมินตนเอง";
            case EVALUATE: return "รอประเมินผล";
            case ACKNOWLEDGE: return "รอลงนามรับทราบผลการประเมิน";
            case REVIEW: return "รอความเห็นของผู้บังคับบัญชาเหนือขึ้นไป";
            default: return "รอปิดข้อตกลง";
        }
    }
}
