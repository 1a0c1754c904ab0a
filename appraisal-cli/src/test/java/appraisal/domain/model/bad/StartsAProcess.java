package appraisal.domain.model.bad;

import java.util.List;

/** Breaks the domain's I/O rule on purpose with java.lang alone, which the dependency rule allows. Only ever imported alone. */
public final class StartsAProcess {

    public ProcessBuilder printer(String file) {
        return new ProcessBuilder(List.of("lp", file));
    }

    public int cores() {
        return Runtime.getRuntime().availableProcessors();
    }
}
