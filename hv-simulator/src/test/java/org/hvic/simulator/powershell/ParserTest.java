package org.hvic.simulator.powershell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ParserTest {
    static List<String> hostileNames() {
        return List.of("a'b", "a\u2018b", "a\u2019b", "a\u201Ab", "a\u201Bb", "*", "demo[vm]", "$(Stop-VM x)", "x; Remove-VM *",
                "x`ny", "x|y", "n".repeat(300), "line1\nline2", "\"quoted\"", "");
    }

    @ParameterizedTest
    @MethodSource("hostileNames")
    void singleQuotedLiteralParsesAsExactlyOneLiteral(String name) {
        Ast.Script script = Parser.parse("Get-VM -Name " + Quotes.singleQuoted(name));
        assertEquals(1, script.statements().size());
        Ast.Pipeline p = (Ast.Pipeline) script.statements().get(0);
        Ast.Command c = (Ast.Command) p.elements().get(0);
        assertEquals(2, c.args().size());
        Ast.ValueArg value = assertInstanceOf(Ast.ValueArg.class, c.args().get(1));
        assertEquals(name, ((Ast.Literal) value.value()).value());
    }

    @Test
    void statementsPipelinesParametersAndSwitches() {
        Ast.Script s = Parser.parse("$ErrorActionPreference = 'Stop'\n'##hvic:vms'; Get-VM demovm | "
                + "Select-Object -Property Id,Name | ConvertTo-Json -Compress -Depth 3 # comment");
        assertEquals(3, s.statements().size());
        assertInstanceOf(Ast.Assignment.class, s.statements().get(0));
        Ast.Pipeline p = (Ast.Pipeline) s.statements().get(2);
        assertEquals(3, p.elements().size());
        Ast.Command select = (Ast.Command) p.elements().get(1);
        assertInstanceOf(Ast.ArrayLiteral.class, ((Ast.ValueArg) select.args().get(1)).value());
    }

    @Test
    void scriptBlocksSubExpressionsAndArrays() {
        Ast.Script s = Parser.parse("Invoke-Command -VMName 'v' -ScriptBlock { Get-Service -Name 'vmic*'; Stop-Service x }"
                + " -Credential $c\nConvertTo-Json -InputObject @(Get-VM | Get-VMIntegrationService)");
        Ast.Command invoke = (Ast.Command) ((Ast.Pipeline) s.statements().get(0)).elements().get(0);
        Ast.ScriptBlockExpr block = (Ast.ScriptBlockExpr) ((Ast.ValueArg) invoke.args().get(3)).value();
        assertEquals(2, block.body().size());
        Ast.Command json = (Ast.Command) ((Ast.Pipeline) s.statements().get(1)).elements().get(0);
        assertInstanceOf(Ast.ArrayExpr.class, ((Ast.ValueArg) json.args().get(1)).value());
    }

    @Test
    void doubleQuotedStringsExpandVariablesAndEscapes() {
        assertEquals("a\tb \"c\" $x", Expander.expand("a`tb \"\"c\"\" `$x", n -> "?", x -> "?"));
        assertEquals("vm demovm!", Expander.expand("vm $name!", n -> n.equals("name") ? "demovm" : "", x -> ""));
    }

    @Test
    void tokensNumbersParametersAndComments() {
        List<Token> t = Tokenizer.tokenize("kill -15 1286 <# block #> -Name:'x' 2kb");
        assertEquals(Token.Type.WORD, t.get(0).type());
        assertEquals(-15, t.get(1).value());
        assertEquals(1286, t.get(2).value());
        assertEquals(Token.Type.PARAMETER, t.get(3).type());
        assertEquals(2048, t.get(5).value());
    }

    @Test
    void unterminatedStringIsAParseError() {
        ParseException e = assertThrows(ParseException.class, () -> Parser.parse("Get-VM 'demovm"));
        assertEquals("TerminatorExpectedAtEndOfString", e.errorId());
    }
}
