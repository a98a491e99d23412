package org.provisionlens.db.cyclefixture.b;

import org.provisionlens.db.cyclefixture.a.A;

/** The other half of a package cycle, for the test that the cycle rule sees one. */
public class B {
    A a;
}
