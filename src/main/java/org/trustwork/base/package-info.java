/**
 * The shared kernel: entity base class, text and CSV helpers, mail, the clinic clock, live updates, cluster
 * locks, web plumbing and the UI primitives every screen uses. It imports no feature, and every feature may use all
 * of it (an open module), so it stays small and free of clinical rules.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "Shared kernel")
package org.trustwork.base;

import org.springframework.modulith.ApplicationModule;
