#include "CalendarModel.h"

#include <QHash>
#include <QSet>

#include "../domain/Clock.h"
#include "../store/WorkspaceStore.h"

namespace keyturn {

namespace {
QString minuteText(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString dayText(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
}

QStringList sharedServices(const QStringList &a, const QStringList &b)
{
    QStringList out;
    for (const QString &s : a) {
        if (b.contains(s) && !out.contains(s))
            out.append(s);
    }
    return out;
}

void addReason(CalendarModel::Row &row, CalendarModel::Flag flag, const QString &reason)
{
    row.flags |= flag;
    if (!row.reasons.contains(reason))
        row.reasons.append(reason);
}
} // namespace

CalendarModel::CalendarModel(WorkspaceStore &store, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_clock(clock)
{}

int CalendarModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CalendarModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QList<CalendarModel::Flag> CalendarModel::allFlags()
{
    return {Collision, Blackout, NoOverlap, Overdue};
}

QString CalendarModel::flagLabel(Flag flag)
{
    switch (flag) {
    case Collision: return tr("collision");
    case Blackout: return tr("blackout");
    case NoOverlap: return tr("no overlap possible");
    case Overdue: return tr("overdue");
    case NoFlag: break;
    }
    return {};
}

QVariant CalendarModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const PlannedRotation &p = row.plan;
    const Credential &c = p.credential;
    const auto column = Column(index.column());

    switch (role) {
    case FlagsRole: return row.flags;
    case FlagReasonsRole: return row.reasons;
    case CredentialIdRole: return c.id;
    case TimestampRole: return p.startsAt;
    case WeekStartRole: return p.startsAt.date().addDays(1 - p.startsAt.date().dayOfWeek());
    case SortRole:
        switch (column) {
        case Week:
        case Date: return p.startsAt;
        case Flags: return row.flags;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (column) {
        case Week: {
            const QDate monday = p.startsAt.date().addDays(1 - p.startsAt.date().dayOfWeek());
            return tr("Week %1 · %2").arg(monday.weekNumber()).arg(monday.toString(QStringLiteral("d MMM yyyy")));
        }
        case Date: return minuteText(p.startsAt);
        case Key: return c.name;
        case Provider: return c.provider;
        case Environment: return c.environment;
        case Services: return c.usedBy.join(QStringLiteral(", "));
        case Schedule: return Scheduler::scheduleText(c);
        case Flags: {
            QStringList labels;
            for (Flag f : allFlags()) {
                if (row.flags & f)
                    labels.append(flagLabel(f));
            }
            return labels.join(QStringLiteral(", "));
        }
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Date) {
            if (p.startsAt != p.due)
                return tr("Due %1 UTC; starts %2 UTC").arg(minuteText(p.due), minuteText(p.startsAt));
            return tr("%1 UTC").arg(minuteText(p.startsAt));
        }
        if (column == Flags || row.flags != NoFlag)
            return row.reasons.isEmpty() ? tr("Nothing to look at") : row.reasons.join(QLatin1Char('\n'));
        return {};
    default: return {};
    }
}

QVariant CalendarModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Week: return tr("Week");
    case Date: return tr("Date (UTC)");
    case Key: return tr("Key");
    case Provider: return tr("Provider");
    case Environment: return tr("Environment");
    case Services: return tr("Services");
    case Schedule: return tr("Schedule");
    case Flags: return tr("Flags");
    case ColumnCount: break;
    }
    return {};
}

void CalendarModel::setHorizonWeeks(int weeks)
{
    m_weeks = std::max(1, weeks);
    reload();
}

void CalendarModel::reload()
{
    const QDateTime now = m_clock.now();
    auto planned = Scheduler(m_store).planned(now, now.addDays(7 * m_weeks));
    if (!planned) {
        Q_EMIT loadFailed(planned.errorMessage());
        return;
    }
    QList<Row> rows;
    rows.reserve(planned->size());
    for (const PlannedRotation &p : *planned) {
        Row row;
        row.plan = p;
        const Credential &c = p.credential;
        if (p.overdue)
            addReason(row, Overdue, tr("Due since %1 UTC: the next run-due starts it").arg(minuteText(p.due)));
        if (p.blackout)
            addReason(row, Blackout,
                      tr("Planned inside the blackout window %1: the scheduler starts it at %2 UTC")
                          .arg(p.blackout->window.describe(), minuteText(p.blackout->until)));
        if (!c.supportsDualKey)
            addReason(row, NoOverlap,
                      tr("%1 cannot hold two keys at once: rotating %2 means an outage window, so run-due leaves it "
                         "to an operator")
                          .arg(c.provider, c.name));
        rows.append(row);
    }
    // Collisions, per service: rows are in start order, so each service's rows are too, and a row only needs a look at
    // the next few of the same service within 24 h. Every row of a colliding group is flagged (each has a neighbour);
    // its tooltip names up to three partners. Linear in the rows, also when thousands of keys fall due at once.
    constexpr int kPartners = 3;
    QHash<QString, QList<int>> byService;
    for (int i = 0; i < rows.size(); ++i) {
        for (const QString &service : rows.at(i).plan.credential.usedBy)
            byService[service.trimmed().toLower()].append(i);
    }
    QSet<QPair<int, int>> seen;
    for (auto it = byService.cbegin(); it != byService.cend(); ++it) {
        const QList<int> &list = it.value();
        for (int x = 0; x < list.size(); ++x) {
            const int i = list.at(x);
            const PlannedRotation &a = rows.at(i).plan;
            for (int y = x + 1; y < list.size() && y <= x + kPartners; ++y) {
                const int j = list.at(y);
                const PlannedRotation &b = rows.at(j).plan;
                if (a.startsAt.secsTo(b.startsAt) >= 86400)
                    break;
                if (a.credential.id == b.credential.id || seen.contains({i, j}))
                    continue;
                seen.insert({i, j});
                const QStringList shared = sharedServices(a.credential.usedBy, b.credential.usedBy);
                const QString services = shared.join(QStringLiteral(", "));
                const QString when =
                    dayText(a.startsAt) == dayText(b.startsAt)
                        ? tr("rotate on %1").arg(dayText(a.startsAt))
                        : tr("rotate within 24 h (%1 and %2 UTC)").arg(minuteText(a.startsAt), minuteText(b.startsAt));
                addReason(
                    rows[i], Collision,
                    tr("%1 and %2 both serve %3 and %4").arg(a.credential.name, b.credential.name, services, when));
                addReason(
                    rows[j], Collision,
                    tr("%1 and %2 both serve %3 and %4").arg(b.credential.name, a.credential.name, services, when));
            }
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT reloaded();
}

CalendarFilterModel::CalendarFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CalendarModel::SortRole);
}

void CalendarFilterModel::setOnlyFlagged(bool only)
{
    if (only == m_onlyFlagged)
        return;
    m_onlyFlagged = only;
    invalidateFilter();
}

void CalendarFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool CalendarFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (m_onlyFlagged) {
        const int flags = m->index(sourceRow, 0, sourceParent).data(CalendarModel::FlagsRole).toInt();
        if (flags == CalendarModel::NoFlag)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int column :
         {CalendarModel::Key, CalendarModel::Provider, CalendarModel::Environment, CalendarModel::Services}) {
        if (m->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace keyturn
