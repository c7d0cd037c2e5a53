package org.nitratekg.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nitratekg.loader.extract.CatalystNames;

class DataIriPathTest {
    @Test
    void aPathIsEncodedAsTheLoaderEncodesNames() {
        for (String name : java.util.List.of("Cu4(PTI)4", "Cr-doped-Co(OH)2", "CuN₃–SACs/NCNT", "Ag1@Cu2O NWs", "Ru3%–HEO")) {
            String minted = "catalyst/" + CatalystNames.slug(name);
            assertThat(DataIriPath.encode(DataIriPath.decode("/" + minted))).as(name).isEqualTo("/" + minted);
        }
    }

    @Test
    void rawEncodedAndOverEncodedFormsNameTheSameResource() {
        String canonical = "/catalyst/Cu4%28PTI%294";
        for (String asSent : java.util.List.of("/catalyst/Cu4(PTI)4", "/catalyst/Cu4%28PTI%294", "/catalyst/Cu4%28PTI%29%34",
                "/catalyst/Cu4%28PTI%29%34".toLowerCase().replace("catalyst/cu", "catalyst/Cu").replace("pti", "PTI"))) {
            assertThat(DataIriPath.encode(DataIriPath.decode(asSent))).as(asSent).isEqualTo(canonical);
        }
    }

    @Test
    void aBrokenEscapeIsNoPath() {
        assertThat(DataIriPath.decode("/catalyst/Cu%2")).isNull();
        assertThat(DataIriPath.decode("/catalyst/Cu%zz")).isNull();
    }
}
