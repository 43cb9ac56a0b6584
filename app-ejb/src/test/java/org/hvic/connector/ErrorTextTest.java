package org.hvic.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ErrorTextTest {

    @Test
    void powerShellDefaultErrorView() {
        String stderr = """
                Get-VM : Hyper-V was unable to find a virtual machine with ID "6b1f5d0e-6a5c-4d4e-9a39-1d0c4f6a8b99".
                At line:2 char:1
                + Get-VM -Id '6b1f5d0e-6a5c-4d4e-9a39-1d0c4f6a8b99' | Get-VMIntegrationService | ...
                + ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
                    + CategoryInfo          : InvalidArgument: (6b1f5d0e-...:Guid) [Get-VM], VirtualizationException
                    + FullyQualifiedErrorId : InvalidParameter,Microsoft.HyperV.PowerShell.Commands.GetVM
                """;
        assertEquals("Hyper-V was unable to find a virtual machine with ID \"6b1f5d0e-6a5c-4d4e-9a39-1d0c4f6a8b99\".",
                ErrorText.extract(stderr));
    }

    @Test
    void wrappedMessagesAreJoined() {
        String stderr = "Invoke-Command : The credential is\r\ninvalid.\r\nAt line:5 char:31\r\n+ ...\r\n";
        assertEquals("The credential is invalid.", ErrorText.extract(stderr));
    }

    @Test
    void unknownCommandsAndShellErrors() {
        assertEquals("The term 'Frobnicate-VM' is not recognized as a name of a cmdlet, function, script file, or "
                        + "executable program.",
                ErrorText.extract("Frobnicate-VM : The term 'Frobnicate-VM' is not recognized as a name of a cmdlet, "
                        + "function, script file, or executable program.\nAt line:1 char:1\n"));
        assertEquals("bash: frob: command not found", ErrorText.extract("bash: frob: command not found\n"));
        assertEquals("sudo: a password is required", ErrorText.extract("\nsudo: a password is required\n"));
        assertEquals("", ErrorText.extract("  \n"));
    }

    @Test
    void clixmlStderr() {
        String stderr = "#< CLIXML\r\n<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">"
                + "<S S=\"Error\">Get-VM : Hyper-V was unable to find a virtual machine with name &quot;x&quot;._x000D__x000A_</S>"
                + "<S S=\"Error\">At line:1 char:1_x000D__x000A_</S></Objs>";
        assertEquals("Hyper-V was unable to find a virtual machine with name \"x\".", ErrorText.extract(stderr));
    }
}
