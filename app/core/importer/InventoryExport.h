#pragma once

#include "../Result.h"
#include "../store/WorkspaceStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace keyturn {

/// The columns of the inventory's CSV export: the import's fields, then the key's state (status, age_days,
/// last_used_at), which an import of the file reads past.
QStringList inventoryCsvColumns();

/// The rows as CSV (RFC 4180, UTF-8, CRLF): a header, then one credential a row, lists joined with ';',
/// times in ISO 8601 UTC, status as of `now`. No key material: the inventory has none.
QByteArray inventoryCsv(const QList<InventoryRow> &rows, const QDateTime &now);

/// Writes inventoryCsv() to `path` atomically (a failed write leaves any existing file as it was).
/// Returns how many credentials were written.
Result<int> writeInventoryCsv(const QString &path, const QList<InventoryRow> &rows, const QDateTime &now);

} // namespace keyturn
