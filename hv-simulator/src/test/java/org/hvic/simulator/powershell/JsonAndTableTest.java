package org.hvic.simulator.powershell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hvic.simulator.powershell.output.PsJson;
import org.junit.jupiter.api.Test;

class JsonAndTableTest {
    @Test
    void prettyJsonIsIndentedLikeWindowsPowerShell51() {
        PsObject o = PsObject.custom().with("Name", "demovm").with("State", new PsEnum("VMState", "Running", 2))
                .with("OperationalStatus", List.of(2, 2));
        assertEquals("{\r\n    \"Name\":  \"demovm\",\r\n    \"State\":  2,\r\n    \"OperationalStatus\":  [\r\n"
                + "                              2,\r\n                              2\r\n                          ]\r\n}",
                PsJson.convert(o, 2, false));
        assertEquals("[\r\n    {\r\n        \"a\":  1\r\n    }\r\n]", PsJson.convert(List.of(PsObject.custom().with("a", 1)), 2, false));
    }

    @Test
    void compressedJsonEscapesLikeJavaScriptSerializer() {
        assertEquals("{\"n\":\"\\u003cimg\\u003e it\\u0027s \\\\ \\\"x\\\"\"}",
                PsJson.convert(PsObject.custom().with("n", "<img> it's \\ \"x\""), 2, true));
        assertEquals("[]", PsJson.convert(List.of(), 2, true));
    }

    @Test
    void depthLimitTurnsDeeperObjectsIntoStrings() {
        PsObject inner = PsObject.custom().with("b", 1);
        PsObject outer = PsObject.custom().with("a", PsObject.custom().with("x", inner));
        assertEquals("{\"a\":{\"x\":\"@{b=1}\"}}", PsJson.convert(outer, 1, true));
    }
}
