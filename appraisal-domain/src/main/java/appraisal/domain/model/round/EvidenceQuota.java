package appraisal.domain.model.round;

import appraisal.domain.model.shared.Require;
import java.util.Locale;

/**
 * How much evidence one agreement of a round may keep: at most {@code files} files of together at
 * most {@code bytes} bytes. Links take no room and are not counted. The quota protects the office's
 * disk from one agreement filling it, so it is bounded too: a typo with extra zeros would otherwise
 * switch it off without anyone noticing.
 *
 * @param files most files an agreement keeps, 0 to {@link #MOST_FILES} (0: links only)
 * @param bytes most bytes of those files together, 0 to {@link #MOST_BYTES}
 */
public record EvidenceQuota(int files, long bytes) {

    /** The largest file count a round may allow an agreement. */
    public static final int MOST_FILES = 1000;
    /** The largest total a round may allow an agreement: 10 GiB. */
    public static final long MOST_BYTES = 10L * 1024 * 1024 * 1024;

    public EvidenceQuota {
        Require.that(files >= 0 && files <= MOST_FILES, "round.bad-evidence-files",
                "an agreement's evidence files must be 0 to " + MOST_FILES + ", got " + files, "files");
        Require.that(bytes >= 0 && bytes <= MOST_BYTES, "round.bad-evidence-bytes",
                "an agreement's evidence bytes must be 0 to " + MOST_BYTES + " (10 GiB), got " + bytes, "bytes");
    }

    /** For people: {@code 20 files of together at most 20 MiB}. */
    public String describe() {
        return files + (files == 1 ? " file" : " files") + " of together at most " + size(bytes);
    }

    /** A size as people read it: {@code 20 MiB}, {@code 1.5 MiB (1572864 bytes)}, {@code 900 bytes}. */
    public static String size(long bytes) {
        String[] units = {"GiB", "MiB", "KiB"};
        for (int i = 0; i < units.length; i++) {
            long unit = 1L << (30 - 10 * i);
            if (bytes >= unit) {
                return bytes % unit == 0 ? bytes / unit + " " + units[i]
                        : String.format(Locale.ROOT, "%.1f %s (%d bytes)", (double) bytes / unit, units[i], bytes);
            }
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }

    /**
     * Twenty files and 20 MiB per agreement: two or three documents or photos for each item of an
     * agreement (the example agreement of a district office has 8 items), and an office of 200 people needs at
     * most 4 GiB of disk for a round's evidence, a department of 10,000 at most 200 GiB.
     */
    public static EvidenceQuota standard() {
        return new EvidenceQuota(20, 20L * 1024 * 1024);
    }
}
