package cn.gov.zhangping.fertility.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code ?page=&size=} as a bean parameter: page from 0 to {@value #MAX_PAGE}, size from 1 to {@value #MAX_SIZE}.
 * The page limit keeps the row offset (page × size) within what the database query takes; a page past the data is
 * simply empty.
 */
public class PageRequest {

    public static final int MAX_SIZE = 200;
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE - 1;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be 0 or more")
    @Max(value = MAX_PAGE, message = "must be at most " + MAX_PAGE)
    @Parameter(description = "Page number, from 0 to " + MAX_PAGE, example = "0")
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(value = 1, message = "must be at least 1")
    @Max(value = MAX_SIZE, message = "must be at most " + MAX_SIZE)
    @Parameter(description = "Page size, 1 to " + MAX_SIZE, example = "50")
    public int size;

    public static PageRequest of(int page, int size) {
        PageRequest r = new PageRequest();
        r.page = page;
        r.size = size;
        return r;
    }

    public long offset() {
        return (long) page * size;
    }
}
