#pragma once

#include <QString>

namespace keyturn {

/// A unified diff (line based, 2 lines of context) from `before` to `after`, headed `--- label` / `+++ label`.
/// Empty when the texts are equal. Kept with an edited notice so a reviewer sees exactly what changed.
QString unifiedDiff(const QString &before, const QString &after, const QString &label);

} // namespace keyturn
