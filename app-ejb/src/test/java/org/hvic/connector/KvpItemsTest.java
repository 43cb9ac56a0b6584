package org.hvic.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KVP items come from the guest: well-formed items are read, anything else is skipped without harm. */
class KvpItemsTest {

    private final KvpItems kvp = new KvpItems();

    @Test
    void readsNameAndDataOfEachItem() {
        Map<String, String> items = kvp.parse(List.of(HostOutputParserTest.kvpItem("OSName", "Windows 10 Enterprise"),
                HostOutputParserTest.kvpItem("OSVersion", "10.0.19045"),
                "<INSTANCE CLASSNAME=\"Msvm_KvpExchangeDataItem\"><PROPERTY TYPE=\"string\" NAME=\"Name\"><VALUE>"
                        + "FullyQualifiedDomainName</VALUE></PROPERTY>\r\n  <PROPERTY NAME=\"Data\" TYPE=\"string\">"
                        + "<VALUE>a&amp;b&#46;example</VALUE></PROPERTY></INSTANCE>",
                HostOutputParserTest.kvpItem("OSName", "a second OSName is ignored"),
                HostOutputParserTest.kvpItem("NetworkAddressIPv6", "")));
        assertEquals(Map.of("OSName", "Windows 10 Enterprise", "OSVersion", "10.0.19045",
                "FullyQualifiedDomainName", "a&b.example", "NetworkAddressIPv6", ""), items);
        assertEquals("Windows 10 Enterprise", kvp.osName(List.of(HostOutputParserTest.kvpItem("OSName",
                " Windows 10 Enterprise\u00A0 "))));
    }

    @Test
    void osNameIsFoundOnlyInItsOwnItemAlsoBehindCharacterReferences() {
        List<String> items = List.of(HostOutputParserTest.kvpItem("OSVersion", "10.0.20348"),
                HostOutputParserTest.kvpItem("&#79;SName", "Windows Server 2022 Datacenter"),
                HostOutputParserTest.kvpItem("OSName", "a later OSName is ignored"));
        assertEquals("Windows Server 2022 Datacenter", kvp.osName(items));
        assertNull(kvp.osName(List.of(HostOutputParserTest.kvpItem("OSVersion", "OSName"))),
                "OSName as data of another item is no OS name");
    }

    @Test
    void externalEntitiesAndDtdsAreNeverRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE INSTANCE [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<INSTANCE CLASSNAME=\"Msvm_KvpExchangeDataItem\"><PROPERTY NAME=\"Data\" TYPE=\"string\"><VALUE>&x;"
                + "</VALUE></PROPERTY><PROPERTY NAME=\"Name\" TYPE=\"string\"><VALUE>OSName</VALUE></PROPERTY></INSTANCE>";
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE INSTANCE [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;"
                + "&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><INSTANCE CLASSNAME=\""
                + "Msvm_KvpExchangeDataItem\"><PROPERTY NAME=\"Data\"><VALUE>&c;</VALUE></PROPERTY><PROPERTY NAME=\"Name\">"
                + "<VALUE>OSName</VALUE></PROPERTY></INSTANCE>";
        String external = "<!DOCTYPE INSTANCE SYSTEM \"" + secret.toUri() + "\"><INSTANCE CLASSNAME=\"Msvm_KvpExchangeDataItem\">"
                + "<PROPERTY NAME=\"Name\"><VALUE>OSName</VALUE></PROPERTY></INSTANCE>";
        String xinclude = "<INSTANCE CLASSNAME=\"Msvm_KvpExchangeDataItem\" xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
                + "<PROPERTY NAME=\"Data\"><VALUE><xi:include href=\"" + secret.toUri() + "\" parse=\"text\"/></VALUE>"
                + "</PROPERTY><PROPERTY NAME=\"Name\"><VALUE>OSName</VALUE></PROPERTY></INSTANCE>";
        for (String item : List.of(xxe, laughs, external)) {
            assertNull(kvp.item(item), item);
        }
        assertEquals("", kvp.item(xinclude).getValue(), "XInclude is not processed");
        assertNull(kvp.osName(List.of(xxe, laughs, external, xinclude)));
    }

    @Test
    void itemsOfAnotherShapeAreSkipped() {
        List<String> bad = List.of("", "not xml", "<INSTANCE", "<INSTANCE CLASSNAME=\"Msvm_Other\"><PROPERTY NAME=\"Name\">"
                        + "<VALUE>OSName</VALUE></PROPERTY></INSTANCE>",
                "<OTHER CLASSNAME=\"Msvm_KvpExchangeDataItem\"><PROPERTY NAME=\"Name\"><VALUE>OSName</VALUE></PROPERTY></OTHER>",
                "<INSTANCE CLASSNAME=\"Msvm_KvpExchangeDataItem\"><PROPERTY NAME=\"Data\"><VALUE>x</VALUE></PROPERTY></INSTANCE>",
                HostOutputParserTest.kvpItem("OSName", "x".repeat(KvpItems.MAX_ITEM_CHARS)));
        for (String item : bad) {
            assertNull(kvp.item(item), item.length() > 80 ? item.substring(0, 80) : item);
        }
        assertEquals(Map.of(), kvp.parse(bad));
        assertNull(kvp.osName(List.of(HostOutputParserTest.kvpItem("OSName", " \t "))), "blank is no name");
    }

    @Test
    void longNamesAreCutToWhatTheInventoryStores() {
        String name = kvp.osName(List.of(HostOutputParserTest.kvpItem("OSName", "Linux " + "x".repeat(1000))));
        assertEquals(OsNames.MAX_LENGTH, name.length());
        assertEquals("Windows 10 Enterprise", OsNames.fromCaption("Microsoft Windows 10 Enterprise"));
        assertEquals("Windows 8 Pro", OsNames.fromCaption("Windows 8 Pro"));
        assertEquals("Microsoft", OsNames.fromCaption("Microsoft"));
        assertNull(OsNames.fromCaption("  "));
    }
}
