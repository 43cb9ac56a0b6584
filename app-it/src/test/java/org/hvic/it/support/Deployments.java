package org.hvic.it.support;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The one deployment every integration test uses: the real EAR as the build produced it. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive hvicEar() {
        File ear = new File(System.getProperty("hvic.ear", "../app-ear/target/hvic.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("hvic.ear not built: " + ear.getAbsolutePath());
        }
        return ShrinkWrap.create(ZipImporter.class, "hvic.ear").importFrom(ear).as(EnterpriseArchive.class);
    }
}
