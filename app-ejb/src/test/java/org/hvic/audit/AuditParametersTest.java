package org.hvic.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AuditParametersTest {

    @Test
    void sortedCompactAndEscaped() {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("z", "quote \" slash \\ line\nend\u0001");
        parameters.put("a", null);
        parameters.put("m", "Grüße");
        String json = AuditParameters.toJson(parameters);
        assertEquals("{\"a\":null,\"m\":\"Grüße\",\"z\":\"quote \\\" slash \\\\ line\\nend\\u0001\"}", json);
        assertEquals(parameters, AuditParameters.fromJson(json));
    }

    @Test
    void secretsAreMasked() {
        String json = AuditParameters.toJson(Map.of("password", "hunter2", "guestPassword", "x", "apiToken", "t",
                "username", "root"));
        assertEquals("{\"apiToken\":\"***\",\"guestPassword\":\"***\",\"password\":\"***\",\"username\":\"root\"}",
                json);
    }

    @Test
    void emptyAndDamagedText() {
        assertEquals("{}", AuditParameters.toJson(Map.of()));
        assertEquals(Map.of(), AuditParameters.fromJson("{}"));
        assertEquals(Map.of("raw", "not json"), AuditParameters.fromJson("not json"));
        assertEquals(Map.of("n", "1"), AuditParameters.fromJson("{\"n\":1}"));
    }
}
