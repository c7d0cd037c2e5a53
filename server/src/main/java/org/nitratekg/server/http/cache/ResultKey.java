package org.nitratekg.server.http.cache;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What makes two query requests the same request: the endpoint path, every protocol parameter (the query, its
 * default and named graphs, an output format asked for by name), the result format asked for by the Accept header,
 * and the version of the data the answer was computed from.
 */
public record ResultKey(String path, Map<String, List<String>> parameters, String accept, long dataVersion) {
    public ResultKey {
        parameters = new TreeMap<>(parameters); // order of parameters in a request makes no difference
        accept = accept == null ? "" : accept;
    }

    /** A key from the servlet's parameter map (its arrays copied, as the map is the request's). */
    public static ResultKey of(String path, Map<String, String[]> parameters, String accept, long dataVersion) {
        Map<String, List<String>> copy = new TreeMap<>();
        parameters.forEach((name, values) -> copy.put(name, Arrays.asList(values.clone())));
        return new ResultKey(path, copy, accept, dataVersion);
    }
}
