package dev.desk.testkit;

import dev.desk.core.lifecycle.Lifecycle;
import dev.desk.core.lifecycle.Lifecycles;

/** The default lifecycle of the design passes the lifecycle contract. */
final class StandardLifecycleTest extends LifecycleContract {

  @Override
  protected Lifecycle lifecycle() {
    return Lifecycles.standard();
  }
}
