package appraisal.http;

import static appraisal.http.ApiServer.BASE;

import appraisal.domain.model.access.Visibility;
import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.OrgUnitKind;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.org.RegisterOrgUnitCommand;
import appraisal.domain.port.in.org.RegisterPersonCommand;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Org units and people: everyone sees their scope; administrators register. */
final class OrgResource {

    private final ApiUseCases.Org uses;

    OrgResource(ApiUseCases.Org uses) {
        this.uses = uses;
    }

    void declare(List<Route> routes) {
        routes.add(new Route("GET", BASE + "/org-units", Access.SIGNED_IN, this::units));
        routes.add(new Route("GET", BASE + "/org-units/{id}", Access.SIGNED_IN, this::unit));
        routes.add(new Route("PUT", BASE + "/org-units/{id}", Access.ADMIN, this::registerUnit));
        routes.add(new Route("GET", BASE + "/people", Access.SIGNED_IN, this::people));
        routes.add(new Route("GET", BASE + "/people/{id}", Access.SIGNED_IN, this::person));
        routes.add(new Route("PUT", BASE + "/people/{id}", Access.ADMIN, this::registerPerson));
    }

    private void units(Call call) {
        Visibility v = call.visibility();
        call.json(200, call.page(uses.org().units().stream().filter(u -> v.seesUnit(u.id())).map(OrgResource::view)
                .collect(Collectors.toList())));
    }

    private void unit(Call call) {
        OrgUnitId id = new OrgUnitId(call.path("id"));
        if (!call.visibility().seesUnit(id)) {
            throw Call.hidden("org.unit-not-found", "unit " + id.value());
        }
        OrgUnit unit = uses.org().units().stream().filter(u -> u.id().equals(id)).findFirst()
                .orElseThrow(() -> Call.hidden("org.unit-not-found", "unit " + id.value()));
        call.json(200, view(unit));
    }

    private void registerUnit(Call call) {
        Requests.RegisterUnit body = call.body(Requests.RegisterUnit.class);
        OrgUnit unit = new OrgUnit(new OrgUnitId(call.path("id")), body.name(), enumOf(OrgUnitKind.class, body.kind(), "kind"),
                body.parent().map(OrgUnitId::new));
        uses.registerUnit().register(new RegisterOrgUnitCommand(unit, call.principal().actor()));
        call.json(200, view(unit));
    }

    private void people(Call call) {
        Visibility v = call.visibility();
        List<Person> all = call.query("unit").map(u -> uses.org().peopleIn(new OrgUnitId(u))).orElseGet(uses.org()::people);
        call.json(200, call.page(all.stream().filter(p -> v.sees(p.id())).map(OrgResource::view).collect(Collectors.toList())));
    }

    private void person(Call call) {
        PersonId id = new PersonId(call.path("id"));
        if (!call.visibility().sees(id)) {
            throw Call.hidden("person.not-found", "person " + id.value());
        }
        call.json(200, view(uses.org().person(id)));
    }

    private void registerPerson(Call call) {
        Requests.RegisterPerson body = call.body(Requests.RegisterPerson.class);
        Person person = new Person(new PersonId(call.path("id")), body.name(), body.position(),
                enumOf(PositionLevel.class, body.level(), "level"), new OrgUnitId(body.unit()), body.supervisor().map(PersonId::new),
                body.onProbation());
        uses.registerPerson().register(new RegisterPersonCommand(person, call.principal().actor()));
        call.json(200, view(person));
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String text, String field) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalid("value.missing", field + " is required", field);
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("tree.bad-value", field + " must be one of " + java.util.Arrays.toString(type.getEnumConstants())
                    .toLowerCase(Locale.ROOT).replace('_', '-') + ", got '" + text + "'", field);
        }
    }

    static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Views.Unit view(OrgUnit u) {
        return new Views.Unit(u.id().value(), u.name(), name(u.kind()), u.parent().map(OrgUnitId::value));
    }

    static Views.Person view(Person p) {
        return new Views.Person(p.id().value(), p.name(), p.position(), p.level().name(), p.unit().value(),
                p.supervisor().map(PersonId::value), p.onProbation());
    }

    static Optional<String> text(Optional<String> s) {
        return s.map(String::strip).filter(t -> !t.isEmpty());
    }
}
