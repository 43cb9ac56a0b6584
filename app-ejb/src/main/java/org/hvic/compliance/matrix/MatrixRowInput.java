package org.hvic.compliance.matrix;

/**
 * A row to add or replace in a host's matrix. {@code guestOs} is the text to show; its matrix key is what the OS
 * normaliser makes of it, and a row with the same host matrix and key is replaced. {@code mechanism}:
 * WINDOWS_UPDATE, INTEGRATION_SERVICES_DISK or LINUX_DISTRIBUTION. Notes are optional.
 */
public record MatrixRowInput(String hostMatrix, String guestOs, String mechanism, Boolean requiresDataExchange,
        String noteDe, String noteEn) {
}
