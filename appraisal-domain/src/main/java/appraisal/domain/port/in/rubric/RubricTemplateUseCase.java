package appraisal.domain.port.in.rubric;

import appraisal.domain.port.in.agreement.ItemDraft;
import com.google.common.collect.ImmutableList;

/** A rubric's section as the items of a cascade's template (the province's table, to broadcast to its districts). */
public interface RubricTemplateUseCase {

    /**
     * The entries of the section, in the rubric's order, with their weights and responsible units,
     * each on the stored version of its indicator that has the same content, so what is broadcast is
     * what the file says. Refused ({@code rubric.not-imported}, naming them) when an indicator of the
     * section is not stored as the file has it — an administrator imports the rubric first — and
     * ({@code rubric.section-empty}) when the section has no entries. Stores nothing.
     */
    ImmutableList<ItemDraft> template(RubricTemplateCommand command);
}
