package org.provisionlens.db.cyclefixture.a;

import org.provisionlens.db.cyclefixture.b.B;

/** Half of a package cycle, for the test that the cycle rule sees one. */
public class A {
    B b;
}
