package org.hvic.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.hvic.simulator.powershell.Token;
import org.hvic.simulator.powershell.Tokenizer;
import org.hvic.simulator.powershell.Wildcard;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each hostile name, quoted by the connector, is exactly one string token for the simulator's PowerShell tokenizer. */
class SimulatorTokenizerQuotingTest {

    static Stream<String> hostileNames() {
        return HostileNames.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("hostileNames")
    void quotedNameIsOneStringTokenWithTheOriginalValue(String name) {
        List<Token> tokens = significant(PowerShellScript.builder().code("Get-VM -Name ").literal(name).endLine()
                .build().text());
        // $ErrorActionPreference = 'Stop' comes first: VARIABLE EQUALS STRING
        assertEquals(List.of(Token.Type.VARIABLE, Token.Type.EQUALS, Token.Type.STRING, Token.Type.WORD,
                Token.Type.PARAMETER, Token.Type.STRING), tokens.stream().map(Token::type).toList(), name);
        assertEquals(name, tokens.get(5).value());
    }

    @ParameterizedTest
    @MethodSource("hostileNames")
    void wildcardEscapedNameMatchesOnlyItself(String name) {
        List<Token> tokens = significant(PowerShellQuoting.literal(PowerShellQuoting.escapeWildcard(name)));
        assertEquals(1, tokens.size(), name);
        String pattern = (String) tokens.get(0).value();
        assertTrue(Wildcard.matches(pattern, name), name);
        if (!name.isEmpty()) {
            assertTrue(!Wildcard.matches(pattern, name + "x") && !Wildcard.matches(pattern, "x" + name), name);
        }
    }

    private static List<Token> significant(String script) {
        return Tokenizer.tokenize(script).stream()
                .filter(token -> !token.is(Token.Type.NEWLINE) && !token.is(Token.Type.EOF))
                .toList();
    }
}
