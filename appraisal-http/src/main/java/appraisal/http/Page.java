package appraisal.http;

import java.util.List;

/**
 * One page of a list: the items, which page of what size, how many there are in all, and the link
 * to the next page (absent on the last).
 */
public record Page<T>(List<T> items, int page, int size, long total, String next) {
}
