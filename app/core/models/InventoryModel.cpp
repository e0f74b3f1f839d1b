#include "InventoryModel.h"

#include "../domain/Clock.h"

#include <QLocale>
#include <QSet>
#include <QSignalBlocker>

#include <algorithm>

namespace keyturn {

namespace {
QString relativeDays(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return InventoryModel::tr("never");
    const int days = wholeDaysBetween(when, now);
    if (days <= 0) {
        const qint64 hours = when.secsTo(now) / 3600;
        if (hours <= 0)
            return InventoryModel::tr("just now");
        return InventoryModel::tr("%n h ago", nullptr, int(hours));
    }
    return InventoryModel::tr("%n d ago", nullptr, days);
}

QString inDays(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 secs = now.secsTo(when);
    if (secs < 0)
        return InventoryModel::tr("%n d overdue", nullptr, int((-secs + 86399) / 86400));
    return InventoryModel::tr("in %n d", nullptr, int(secs / 86400));
}
} // namespace

InventoryModel::InventoryModel(WorkspaceStore &store, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_clock(clock)
{}

int InventoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InventoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InventoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Credential &c = row.data.credential;
    const StatusAssessment &s = row.status;
    const auto column = Column(index.column());

    switch (role) {
    case CredentialIdRole: return c.id;
    case StatusRole: return int(s.status);
    case StatusNameRole: return toString(s.status);
    case TimestampRole:
        if (column == LastUsed)
            return row.data.lastUsedAt;
        if (column == NextRotation)
            return s.nextRotation;
        if (column == AgeDays)
            return row.data.rotatedAt;
        return {};
    case Qt::ToolTipRole:
        if (column == Status)
            return s.reasons.isEmpty()
                       ? tr("Within policy: age %1 d of %2 d").arg(s.ageDays).arg(c.rotationIntervalDays)
                       : s.reasons.join(QStringLiteral("; "));
        if (column == LastUsed)
            return row.data.lastUsedAt.isValid() ? isoUtcText(row.data.lastUsedAt) : tr("Never seen in use");
        if (column == NextRotation && s.nextRotation.isValid())
            return isoUtcText(s.nextRotation);
        if (column == AgeDays && row.data.rotatedAt.isValid())
            return tr("Current key v%1 (%2) since %3")
                .arg(row.data.currentVersion)
                .arg(row.data.currentFingerprint, isoUtcText(row.data.rotatedAt));
        if (column == Name && !c.usedBy.isEmpty())
            return tr("Used by %1").arg(c.usedBy.join(QStringLiteral(", ")));
        return {};
    case Qt::TextAlignmentRole:
        if (column == AgeDays || column == Policy)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (column) {
        case AgeDays: return s.ageDays;
        case Policy: return c.rotationIntervalDays;
        case NextRotation: return s.nextRotation.isValid() ? s.nextRotation.toMSecsSinceEpoch() : LLONG_MAX;
        case LastUsed: return row.data.lastUsedAt.isValid() ? row.data.lastUsedAt.toMSecsSinceEpoch() : qint64(0);
        case Status: return severity(s.status);
        default: break;
        }
        Q_FALLTHROUGH();
    case Qt::DisplayRole:
        switch (column) {
        case Name: return c.name;
        case Kind: return c.kind == CredentialKind::Issued ? tr("issued") : tr("held");
        case Provider: return c.provider;
        case Environment: return c.environment;
        case Owner:
            return c.kind == CredentialKind::Issued && !row.data.consumerName.isEmpty() ? row.data.consumerName
                                                                                        : c.owner;
        case AgeDays: return row.data.rotatedAt.isValid() ? QVariant(s.ageDays) : QVariant(QString());
        case Policy: return tr("%1 d").arg(c.rotationIntervalDays);
        case NextRotation: return inDays(s.nextRotation, m_clock.now());
        case LastUsed: return relativeDays(row.data.lastUsedAt, m_clock.now());
        case Status: return statusLabel(s.status);
        case ColumnCount: break;
        }
        return {};
    default: return {};
    }
}

QString InventoryModel::isoUtcText(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QVariant InventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name: return tr("Name");
    case Kind: return tr("Kind");
    case Provider: return tr("Provider");
    case Environment: return tr("Environment");
    case Owner: return tr("Owner");
    case AgeDays: return tr("Age (d)");
    case Policy: return tr("Policy");
    case NextRotation: return tr("Next rotation");
    case LastUsed: return tr("Last used");
    case Status: return tr("Status");
    case ColumnCount: break;
    }
    return {};
}

QStringList InventoryModel::distinctValues(Column column) const
{
    QSet<QString> seen;
    for (const Row &r : m_rows) {
        if (column == Provider)
            seen.insert(r.data.credential.provider);
        else if (column == Environment)
            seen.insert(r.data.credential.environment);
        else if (column == Owner)
            seen.insert(r.data.credential.owner);
    }
    QStringList out(seen.begin(), seen.end());
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return out;
}

void InventoryModel::reload()
{
    auto rows = m_store.inventory();
    if (!rows) {
        Q_EMIT loadFailed(rows.errorMessage());
        return;
    }
    const QDateTime now = m_clock.now();
    QList<Row> fresh;
    fresh.reserve(rows->size());
    for (InventoryRow &r : *rows) {
        const StatusAssessment status = assessInventoryRow(r, now);
        fresh.append(Row{std::move(r), status});
    }
    beginResetModel();
    m_rows = std::move(fresh);
    endResetModel();
    Q_EMIT reloaded();
}

void InventoryFilterModel::refilter()
{
    // invalidateFilter() removes and inserts the changed rows range by range: with 100,000 keys and a filter that
    // matches every sixth row that is hundreds of milliseconds per keystroke. A reset rebuilds the mapping in one
    // pass; views keep their sort.
    beginResetModel();
    {
        const QSignalBlocker quiet(this); // the reset below tells views everything; no layoutChanged inside it
        invalidate();
    }
    endResetModel();
}

InventoryFilterModel::InventoryFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(InventoryModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void InventoryFilterModel::setText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    m_text = t;
    refilter();
}

void InventoryFilterModel::setProvider(const QString &provider)
{
    if (provider == m_provider)
        return;
    m_provider = provider;
    refilter();
}

void InventoryFilterModel::setEnvironment(const QString &environment)
{
    if (environment == m_environment)
        return;
    m_environment = environment;
    refilter();
}

void InventoryFilterModel::setStatus(std::optional<KeyStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    refilter();
}

void InventoryFilterModel::setKind(std::optional<CredentialKind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    refilter();
}

bool InventoryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = qobject_cast<const InventoryModel *>(sourceModel());
    if (!model)
        return true;
    const InventoryModel::Row &row = model->rowAt(sourceRow);
    const Credential &c = row.data.credential;
    if (!m_provider.isEmpty() && c.provider != m_provider)
        return false;
    if (!m_environment.isEmpty() && c.environment != m_environment)
        return false;
    if (m_status && row.status.status != *m_status)
        return false;
    if (m_kind && c.kind != *m_kind)
        return false;
    if (m_text.isEmpty())
        return true;
    const auto has = [this](const QString &field) { return field.contains(m_text, Qt::CaseInsensitive); };
    if (has(c.name) || has(c.provider) || has(c.owner) || has(c.environment) || has(c.vaultPath) ||
        has(row.data.consumerName) || has(row.data.currentFingerprint) || has(row.data.currentPrefix))
        return true;
    return std::any_of(c.usedBy.begin(), c.usedBy.end(), has) || std::any_of(c.labels.begin(), c.labels.end(), has);
}

bool InventoryFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(InventoryModel::SortRole);
    const QVariant r = right.data(InventoryModel::SortRole);
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString)
        return l.toString().localeAwareCompare(r.toString()) < 0;
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

} // namespace keyturn
