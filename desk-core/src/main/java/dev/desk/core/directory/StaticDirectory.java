package dev.desk.core.directory;

import java.util.Map;
import java.util.Optional;

/** The in-memory directory made by {@link Directory#builder()}. */
record StaticDirectory(
    Map<String, Organisation> organisations,
    Map<String, Organisation> bySupportCode,
    Map<String, Category> categoriesById,
    Map<String, String> causes,
    Map<String, String> delayReasons) implements Directory {

  @Override
  public Optional<Organisation> organisation(String id) {
    return Optional.ofNullable(organisations.get(id));
  }

  @Override
  public Optional<Organisation> organisationBySupportCode(String supportCode) {
    return Optional.ofNullable(bySupportCode.get(supportCode));
  }

  @Override
  public Optional<Category> category(String id) {
    return Optional.ofNullable(categoriesById.get(id));
  }
}
