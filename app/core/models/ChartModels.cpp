#include "ChartModels.h"

#include "../audit/AuditLog.h"
#include "../domain/Clock.h"
#include "../notices/CampaignNotices.h"
#include "../notices/NoticeStore.h"
#include "../schedule/Scheduler.h"
#include "../store/WorkspaceStore.h"
#include "InventoryModel.h"

#include <QHash>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace keyturn {

namespace {
/// Why a chart of the inventory is empty: the inventory still being read, or `otherwise`.
QString inventoryEmptyReason(const InventoryModel *inventory, const QString &otherwise)
{
    if (inventory->isLoading() && inventory->rowCount() == 0)
        return InventoryModel::tr("Reading the inventory…");
    return otherwise;
}
} // namespace

namespace {
/// Inventory rows a chart of key health looks at: keys with a current key that are not revoked.
bool isLiveKey(const InventoryModel::Row &row)
{
    return row.data.credential.lifecycle != Lifecycle::Revoked && row.data.rotatedAt.isValid();
}

QString dateText(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
}
} // namespace

// ChartTableModel

ChartTableModel::ChartTableModel(QStringList columns, QObject *parent)
    : QAbstractTableModel(parent), m_columns(std::move(columns))
{}

int ChartTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChartTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ChartTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cell &cell = m_rows.at(index.row()).at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return cell.value;
    case Qt::ToolTipRole: return cell.toolTip.isEmpty() ? QVariant() : QVariant(cell.toolTip);
    case CredentialIdRole: return cell.credentialId;
    case CountRole: return cell.count;
    default: return {};
    }
}

QVariant ChartTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return m_columns.value(section);
    return m_rowLabels.value(section);
}

double ChartTableModel::maxValue(int firstColumn, int lastColumn) const
{
    double best = 0;
    for (const auto &row : m_rows) {
        for (int c = firstColumn; c <= lastColumn && c < row.size(); ++c)
            best = std::max(best, row.at(c).value);
    }
    return best;
}

void ChartTableModel::setContents(QStringList rowLabels, QList<QList<Cell>> rows, QString emptyReason)
{
    beginResetModel();
    m_rowLabels = std::move(rowLabels);
    m_rows = std::move(rows);
    m_emptyReason = std::move(emptyReason);
    endResetModel();
    Q_EMIT reloaded();
}

// KeyAgeChartModel

KeyAgeChartModel::KeyAgeChartModel(InventoryModel *inventory, Band band, const Clock &clock, QObject *parent)
    : ChartTableModel({tr("Age (days)"), tr("Age / interval")}, parent), m_inventory(inventory), m_band(band),
      m_clock(clock)
{
    connect(m_inventory, &QAbstractItemModel::modelReset, this, &KeyAgeChartModel::reload);
    connect(m_inventory, &InventoryModel::loadingChanged, this, &KeyAgeChartModel::reload);
    reload();
}

KeyAgeChartModel::Band KeyAgeChartModel::bandOf(double ratio)
{
    // the same comparisons as the status rules: overdue from 1×, critical above 1.5×
    if (ratio > criticalRatio())
        return Critical;
    if (ratio >= warningRatio())
        return Warning;
    return WithinPolicy;
}

void KeyAgeChartModel::setMaxPoints(int points)
{
    m_maxPoints = std::max(1, points);
    reload();
}

void KeyAgeChartModel::reload()
{
    struct Point
    {
        int ageDays;
        double ratio;
        int row;
    };
    const QDateTime now = m_clock.now();
    QList<Point> points;
    m_maxAge = 0;
    m_maxRatio = 0;
    bool anyKey = false;
    for (int r = 0; r < m_inventory->rowCount(); ++r) {
        const InventoryModel::Row &row = m_inventory->rowAt(r);
        if (!isLiveKey(row))
            continue;
        anyKey = true;
        const qint64 intervalSecs = qint64(std::max(1, row.data.credential.rotationIntervalDays)) * 86400;
        const double ratio = double(row.data.rotatedAt.secsTo(now)) / double(intervalSecs);
        m_maxAge = std::max(m_maxAge, row.status.ageDays);
        m_maxRatio = std::max(m_maxRatio, ratio);
        if (bandOf(ratio) == m_band)
            points.append({row.status.ageDays, ratio, r});
    }
    m_keyCount = int(points.size());

    // Coincident keys share a point; a grid that doubles until the points fit keeps 100,000 keys drawable.
    struct Bin
    {
        int best = -1; ///< index into points: the most overdue key of the bin
        int count = 0;
    };
    QHash<qint64, Bin> bins;
    QList<qint64> order;
    for (int step = 1;; step *= 2) {
        bins.clear();
        order.clear();
        const double ratioStep = 0.01 * step;
        for (int i = 0; i < points.size(); ++i) {
            const qint64 key =
                (qint64(points[i].ageDays / step) << 32) | qint64(std::llround(points[i].ratio / ratioStep));
            Bin &bin = bins[key];
            if (bin.count == 0)
                order << key;
            ++bin.count;
            if (bin.best < 0 || points[i].ratio > points[bin.best].ratio)
                bin.best = i;
        }
        if (bins.size() <= maxPoints() || step > 4096)
            break;
    }

    QStringList labels;
    QList<QList<Cell>> rows;
    labels.reserve(order.size());
    rows.reserve(order.size());
    for (qint64 key : std::as_const(order)) {
        const Bin &bin = bins.value(key);
        const Point &p = points.at(bin.best);
        const InventoryModel::Row &row = m_inventory->rowAt(p.row);
        const Credential &c = row.data.credential;
        QString tip = tr("%1: age %2 d of %3 d policy (%4×)")
                          .arg(c.name)
                          .arg(p.ageDays)
                          .arg(c.rotationIntervalDays)
                          .arg(QLocale().toString(p.ratio, 'f', 2));
        if (bin.count > 1)
            tip += QLatin1Char('\n') + tr("and %n more key(s) at about this point", nullptr, bin.count - 1);
        const Cell x{double(p.ageDays), c.id, bin.count, tip};
        const Cell y{std::round(p.ratio * 1000.0) / 1000.0, c.id, bin.count, tip};
        labels << c.name;
        rows << QList<Cell>{x, y};
    }
    QString empty;
    if (!anyKey)
        empty = tr("No key with a current version in the inventory yet");
    setContents(labels, rows, inventoryEmptyReason(m_inventory, empty));
}

// LastUseChartModel

LastUseChartModel::LastUseChartModel(InventoryModel *inventory, QObject *parent)
    : ChartTableModel({tr("In use"), tr("Stale"), tr("Potentially stale"), tr("Never used")}, parent),
      m_inventory(inventory)
{
    connect(m_inventory, &QAbstractItemModel::modelReset, this, &LastUseChartModel::reload);
    connect(m_inventory, &InventoryModel::loadingChanged, this, &LastUseChartModel::reload);
    reload();
}

QList<LastUseChartModel::Bucket> LastUseChartModel::buckets()
{
    return {{0, 0}, {1, 1}, {2, 3}, {4, 6}, {7, 13}, {14, 20}, {21, 29}, {30, 59}, {60, 89}, {90, -1}, {-1, -1}};
}

int LastUseChartModel::staleRow()
{
    return 4;
}

int LastUseChartModel::potentiallyStaleRow()
{
    return 7;
}

void LastUseChartModel::reload()
{
    const QList<Bucket> all = buckets();
    QStringList labels;
    for (const Bucket &b : all) {
        if (b.fromDays < 0)
            labels << tr("never");
        else if (b.toDays < 0)
            labels << tr("%1+").arg(b.fromDays);
        else if (b.fromDays == b.toDays)
            labels << QString::number(b.fromDays);
        else
            labels << tr("%1–%2").arg(b.fromDays).arg(b.toDays);
    }
    auto columnOf = [](const Bucket &b) {
        if (b.fromDays < 0)
            return int(NeverUsed);
        if (b.fromDays >= 30)
            return int(PotentiallyStale);
        if (b.fromDays >= 7)
            return int(Stale);
        return int(InUse);
    };
    QList<QList<Cell>> rows(all.size(), QList<Cell>(ColumnCount));
    QList<int> longest(all.size(), -1); // per bucket: days of its longest-unused key
    int keys = 0;
    for (int r = 0; r < m_inventory->rowCount(); ++r) {
        const InventoryModel::Row &row = m_inventory->rowAt(r);
        if (!isLiveKey(row))
            continue;
        ++keys;
        const std::optional<int> days = row.status.daysSinceUse;
        int bucket = int(all.size()) - 1;
        if (days) {
            for (int b = 0; b < all.size() - 1; ++b) {
                if (*days >= all[b].fromDays && (all[b].toDays < 0 || *days <= all[b].toDays)) {
                    bucket = b;
                    break;
                }
            }
        }
        Cell &cell = rows[bucket][columnOf(all[bucket])];
        cell.value += 1;
        ++cell.count;
        const int unused = days.value_or(row.status.ageDays);
        if (unused > longest[bucket]) {
            longest[bucket] = unused;
            cell.credentialId = row.data.credential.id;
            cell.toolTip = row.data.credential.name;
        }
    }
    for (int b = 0; b < all.size(); ++b) {
        Cell &cell = rows[b][columnOf(all[b])];
        if (cell.count == 0)
            continue;
        const QString name = cell.toolTip;
        const QString what = all[b].fromDays < 0 ? tr("%n key(s) never seen in use", nullptr, cell.count)
                                                 : tr("%n key(s) unused for %1 d", nullptr, cell.count).arg(labels[b]);
        cell.toolTip = what + QLatin1Char('\n') + tr("Click to open the longest unused: %1").arg(name);
    }
    setContents(labels, rows,
                inventoryEmptyReason(m_inventory,
                                     keys == 0 ? tr("No key with a current version in the inventory yet") : QString()));
}

// UpcomingRotationsChartModel

UpcomingRotationsChartModel::UpcomingRotationsChartModel(InventoryModel *inventory, const Clock &clock, QObject *parent)
    : ChartTableModel({tr("Overdue"), tr("Held keys"), tr("Issued keys")}, parent), m_inventory(inventory),
      m_clock(clock)
{
    connect(m_inventory, &QAbstractItemModel::modelReset, this, &UpcomingRotationsChartModel::reload);
    connect(m_inventory, &InventoryModel::loadingChanged, this, &UpcomingRotationsChartModel::reload);
    reload();
}

int UpcomingRotationsChartModel::rowFor(const QDateTime &due, const QDateTime &now)
{
    if (due <= now)
        return 0;
    const qint64 week = now.secsTo(due) / (7 * 86400);
    return week < weeks() ? int(week) + 1 : -1;
}

void UpcomingRotationsChartModel::reload()
{
    const QDateTime now = m_clock.now();
    QStringList labels{tr("overdue")};
    for (int w = 0; w < weeks(); ++w)
        labels << QLocale().toString(now.addDays(7 * w).date(), QStringLiteral("MMM d"));
    QList<QList<Cell>> rows(weeks() + 1, QList<Cell>(ColumnCount));
    // per bar: the due time of the key that opens on a click (the most overdue, else the soonest due)
    QList<QList<QDateTime>> first(weeks() + 1, QList<QDateTime>(ColumnCount));
    m_later = 0;
    m_rotating = 0;
    int keys = 0;
    for (int r = 0; r < m_inventory->rowCount(); ++r) {
        const InventoryModel::Row &row = m_inventory->rowAt(r);
        if (!isLiveKey(row))
            continue;
        if (row.data.credential.lifecycle == Lifecycle::Rotating) {
            ++m_rotating;
            continue;
        }
        ++keys;
        QDateTime due = row.status.nextRotation;
        if (!row.data.credential.scheduleCron.trimmed().isEmpty()) {
            // a cron schedule decides instead of the interval; one that does not parse falls back to it
            if (auto next = Scheduler::nextRotation(row.data.credential, row.data.rotatedAt))
                due = *next;
        }
        const int bucket = rowFor(due, now);
        if (bucket < 0) {
            ++m_later;
            continue;
        }
        const int column = bucket == 0                                        ? int(Overdue)
                           : row.data.credential.kind == CredentialKind::Held ? int(Held)
                                                                              : int(Issued);
        Cell &cell = rows[bucket][column];
        cell.value += 1;
        ++cell.count;
        if (!first[bucket][column].isValid() || due < first[bucket][column]) {
            first[bucket][column] = due;
            cell.credentialId = row.data.credential.id;
            cell.toolTip = row.data.credential.name;
        }
    }
    for (int b = 0; b <= weeks(); ++b) {
        for (int c = 0; c < ColumnCount; ++c) {
            Cell &cell = rows[b][c];
            if (cell.count == 0)
                continue;
            const QString what = b == 0
                                     ? tr("%n key(s) overdue", nullptr, cell.count)
                                     : (c == Held ? tr("%n held key(s) due in the week of %1", nullptr, cell.count)
                                                  : tr("%n issued key(s) due in the week of %1", nullptr, cell.count))
                                           .arg(labels[b]);
            const QString open = b == 0 ? tr("Click to open the most overdue: %1 (due %2)")
                                        : tr("Click to open the first due: %1 (due %2)");
            cell.toolTip = what + QLatin1Char('\n') + open.arg(cell.toolTip, dateText(first[b][c]));
        }
    }
    QString empty;
    if (keys == 0)
        empty = m_rotating ? tr("Every key is being rotated right now") : tr("No key to rotate in the inventory yet");
    setContents(labels, rows, inventoryEmptyReason(m_inventory, empty));
}

// MigrationBurnDownModel

MigrationBurnDownModel::MigrationBurnDownModel(WorkspaceStore &store, NoticeStore &notices, CampaignNotices &campaigns,
                                               const Clock &clock, QObject *parent)
    : ChartTableModel({tr("Time"), tr("Consumers"), tr("Notified"), tr("Migrated")}, parent), m_store(store),
      m_notices(notices), m_campaigns(campaigns), m_clock(clock)
{
    reload();
}

void MigrationBurnDownModel::setCampaignId(qint64 campaignId)
{
    m_campaignId = campaignId;
    reload();
}

void MigrationBurnDownModel::reload()
{
    m_shownCampaign = 0;
    m_campaignName.clear();
    m_start = {};
    m_deadline = {};
    m_total = 0;
    auto fail = [this](const QString &why) { setContents({}, {}, why); };

    auto campaigns = m_notices.campaigns();
    if (!campaigns)
        return fail(tr("The campaigns could not be read: %1").arg(campaigns.errorMessage()));
    std::optional<CampaignRecord> shown;
    for (const CampaignRecord &c : *campaigns) { // newest first
        if (m_campaignId ? c.id == m_campaignId : c.state == QLatin1String("open")) {
            shown = c;
            break;
        }
    }
    if (!shown)
        return fail(m_campaignId ? tr("Campaign %1 does not exist").arg(m_campaignId) : tr("No open campaign"));
    m_shownCampaign = shown->id;
    m_campaignName = shown->name;
    m_start = shown->createdAt;
    m_deadline = shown->deadlineAt;

    auto status = m_campaigns.migrationStatus(shown->id);
    if (!status)
        return fail(tr("The campaign's consumers could not be read: %1").arg(status.errorMessage()));
    m_total = int(status->size());
    if (m_total == 0)
        return fail(tr("The campaign %1 has no consumers").arg(shown->name));

    NoticeFilter filter;
    filter.campaignId = shown->id;
    filter.states = {NoticeState::Sent};
    auto sent = m_notices.notices(filter);
    if (!sent)
        return fail(tr("The campaign's notices could not be read: %1").arg(sent.errorMessage()));
    QHash<qint64, QDateTime> notifiedAt;
    for (const NoticeRecord &n : *sent) {
        if (n.kind != NoticeKind::Migration && n.kind != NoticeKind::Emergency)
            continue;
        QDateTime &at = notifiedAt[n.runId];
        if (!at.isValid() || n.sentAt < at)
            at = n.sentAt;
    }

    const QDateTime now = m_clock.now();
    QList<QDateTime> notified;
    QList<QDateTime> migrated;
    for (const ConsumerMigration &m : *status) {
        if (notifiedAt.contains(m.runId))
            notified << notifiedAt.value(m.runId);
        auto events = m_store.auditLog().eventsFor(QStringLiteral("run"), QString::number(m.runId));
        if (!events)
            return fail(tr("The campaign's history could not be read: %1").arg(events.errorMessage()));
        QDateTime at;
        for (const AuditEvent &e : *events) {
            const QString state =
                QJsonDocument::fromJson(e.details).object().value(QStringLiteral("consumer_state")).toString();
            if (state == QLatin1String("new_key_used") || state == QLatin1String("old_key_quiet")) {
                at = e.at;
                break;
            }
        }
        if (!at.isValid() && m.state == QLatin1String("migrated"))
            at = now;
        if (at.isValid())
            migrated << at;
        if (m.deadlineAt > m_deadline)
            m_deadline = m.deadlineAt; // an extension runs the chart to the latest deadline
    }

    // as of the start, the end of each UTC day, and now (or the deadline when it has passed)
    const QDateTime until = m_deadline.isValid() ? std::min(now, m_deadline) : now;
    QList<QDateTime> times{m_start};
    for (QDateTime day(m_start.toUTC().date().addDays(1), QTime(0, 0), Qt::UTC); day < until; day = day.addDays(1))
        times << day;
    if (until > m_start)
        times << until;

    auto countBy = [](const QList<QDateTime> &list, const QDateTime &at) {
        return int(std::count_if(list.begin(), list.end(), [&at](const QDateTime &t) { return t <= at; }));
    };
    QStringList labels;
    QList<QList<Cell>> rows;
    for (const QDateTime &t : std::as_const(times)) {
        const int n = countBy(notified, t);
        const int g = countBy(migrated, t);
        const QString when = t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        const QString tip = tr("%1\n%2 of %3 consumers notified, %4 migrated").arg(when).arg(n).arg(m_total).arg(g);
        rows << QList<Cell>{{double(t.toMSecsSinceEpoch()), 0, 0, tip},
                            {double(m_total), 0, m_total, tip},
                            {double(n), 0, n, tip},
                            {double(g), 0, g, tip}};
        labels << when;
    }
    setContents(labels, rows, {});
}

// UnauthorizedChartModel

UnauthorizedChartModel::UnauthorizedChartModel(WorkspaceStore &store, QObject *parent)
    : ChartTableModel({tr("Old key"), tr("New key")}, parent), m_store(store)
{
    reload();
}

void UnauthorizedChartModel::reload()
{
    m_runIds.clear();
    m_hidden = 0;
    auto runs = m_store.runs();
    if (!runs)
        return setContents({}, {}, tr("The rotation runs could not be read: %1").arg(runs.errorMessage()));
    struct Entry
    {
        RotationRunRecord run;
        qint64 oldCount = 0;
        qint64 newCount = 0;
    };
    QList<Entry> entries;
    for (const RotationRunRecord &run : *runs) {
        if (run.state == QLatin1String("completed") || run.state == QLatin1String("rolled_back"))
            continue;
        auto versions = m_store.keyVersions(run.credentialId);
        if (!versions)
            return setContents(
                {}, {}, tr("The keys of %1 could not be read: %2").arg(run.credentialName, versions.errorMessage()));
        Entry e{run, 0, 0};
        const QString oldFp = run.data.value(QStringLiteral("old_fingerprint")).toString();
        const QString newFp = run.data.value(QStringLiteral("new_fingerprint")).toString();
        for (const KeyVersion &k : *versions) {
            // before the run names its old key, the current key is the one being replaced
            const bool isOld = oldFp.isEmpty() ? k.state == KeyState::Current : k.fingerprint == oldFp;
            if (isOld)
                e.oldCount += k.unauthorizedCount;
            else if (!newFp.isEmpty() && k.fingerprint == newFp)
                e.newCount += k.unauthorizedCount;
        }
        entries << e;
    }
    if (entries.isEmpty())
        return setContents({}, {}, tr("No rotation is running"));
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.oldCount + a.newCount > b.oldCount + b.newCount; });
    m_hidden = std::max(0, int(entries.size()) - maxRuns());
    entries = entries.mid(0, maxRuns());
    QStringList labels;
    QList<QList<Cell>> rows;
    for (const Entry &e : std::as_const(entries)) {
        const qint64 cid = e.run.credentialId;
        const QString head = tr("%1, run #%2 (%3)").arg(e.run.credentialName).arg(e.run.id).arg(e.run.state);
        const QString tip = head + QLatin1Char('\n') +
                            tr("401s: %1 with the old key, %2 with the new key").arg(e.oldCount).arg(e.newCount);
        rows << QList<Cell>{{double(e.oldCount), cid, int(e.oldCount), tip},
                            {double(e.newCount), cid, int(e.newCount), tip}};
        labels << e.run.credentialName;
        m_runIds << e.run.id;
    }
    setContents(labels, rows, {});
}

} // namespace keyturn
