#include "InventoryExport.h"

#include "../audit/AuditEvent.h"
#include "../domain/Duration.h"
#include "Csv.h"
#include "InventoryImport.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace keyturn {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("keyturn::InventoryExport", text);
}
} // namespace

QStringList inventoryCsvColumns()
{
    return InventoryImport::fieldNames() << QStringLiteral("status") << QStringLiteral("age_days")
                                         << QStringLiteral("last_used_at");
}

QByteArray inventoryCsv(const QList<InventoryRow> &rows, const QDateTime &now)
{
    QString out = csvRecord(inventoryCsvColumns());
    for (const InventoryRow &row : rows) {
        const Credential &c = row.credential;
        const StatusAssessment status = assessInventoryRow(row, now);
        out += csvRecord({c.name, toString(c.kind), c.provider, c.environment, c.owner, c.usedBy.join(QLatin1Char(';')),
                          c.vaultPath, c.providerApi, QStringLiteral("%1d").arg(c.rotationIntervalDays), c.scheduleCron,
                          formatDuration(std::chrono::seconds(c.gracePeriodSeconds)),
                          c.supportsDualKey ? QStringLiteral("true") : QStringLiteral("false"), c.criticality,
                          c.labels.join(QLatin1Char(';')), toString(status.status),
                          row.rotatedAt.isValid() ? QString::number(status.ageDays) : QString(),
                          row.lastUsedAt.isValid() ? isoUtc(row.lastUsedAt) : QString()});
    }
    return out.toUtf8();
}

Result<int> writeInventoryCsv(const QString &path, const QList<InventoryRow> &rows, const QDateTime &now)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("cannot write %1: %2; nothing was exported").arg(path, file.errorString())};
    const QByteArray bytes = inventoryCsv(rows, now);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{tr("cannot write %1: %2; any file that was there is unchanged").arg(path, file.errorString())};
    return int(rows.size());
}

} // namespace keyturn
