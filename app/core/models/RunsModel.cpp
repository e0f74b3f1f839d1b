#include "RunsModel.h"

#include "../domain/Clock.h"

#include <QHash>

#include <algorithm>
#include <climits>

namespace keyturn {

namespace {
QString utcText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : QString();
}

QString agoText(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 secs = std::max<qint64>(0, when.secsTo(now));
    if (secs < 60)
        return RunsModel::tr("%n s ago", nullptr, int(secs));
    if (secs < 3600)
        return RunsModel::tr("%n min ago", nullptr, int(secs / 60));
    if (secs < 2 * 86400)
        return RunsModel::tr("%n h ago", nullptr, int(secs / 3600));
    return RunsModel::tr("%n d ago", nullptr, int(secs / 86400));
}

QString inText(qint64 secs)
{
    if (secs < 60)
        return RunsModel::tr("in %n s", nullptr, int(secs));
    if (secs < 3600)
        return RunsModel::tr("in %n min", nullptr, int((secs + 59) / 60));
    if (secs < 2 * 86400)
        return RunsModel::tr("in %n h", nullptr, int((secs + 3599) / 3600));
    return RunsModel::tr("in %n d", nullptr, int((secs + 86399) / 86400));
}

QString kindLabel(const QString &kind)
{
    if (kind == QLatin1String("manual"))
        return RunsModel::tr("manual");
    if (kind == QLatin1String("scheduled"))
        return RunsModel::tr("scheduled");
    if (kind == QLatin1String("emergency"))
        return RunsModel::tr("emergency");
    if (kind == QLatin1String("rollback"))
        return RunsModel::tr("rollback");
    if (kind == QLatin1String("campaign"))
        return RunsModel::tr("campaign");
    return kind;
}
} // namespace

RunsModel::RunsModel(WorkspaceStore &store, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_clock(clock)
{}

int RunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int RunsModel::rowOfRun(qint64 runId) const
{
    for (int i = 0; i < m_runs.size(); ++i) {
        if (m_runs.at(i).id == runId)
            return i;
    }
    return -1;
}

bool RunsModel::isFinished(const QString &state)
{
    return state == QLatin1String("completed") || state == QLatin1String("rolled_back");
}

QString RunsModel::stateLabel(const QString &state)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("planned"), QT_TR_NOOP("planned")},
        {QStringLiteral("prechecked"), QT_TR_NOOP("pre-checked")},
        {QStringLiteral("new_key_created"), QT_TR_NOOP("new key created")},
        {QStringLiteral("staged_in_vault"), QT_TR_NOOP("staged in vault")},
        {QStringLiteral("grace_period"), QT_TR_NOOP("grace period")},
        {QStringLiteral("verified"), QT_TR_NOOP("verified")},
        {QStringLiteral("old_key_revoked"), QT_TR_NOOP("old key revoked")},
        {QStringLiteral("completed"), QT_TR_NOOP("completed")},
        {QStringLiteral("failed"), QT_TR_NOOP("failed")},
        {QStringLiteral("rolling_back"), QT_TR_NOOP("rolling back")},
        {QStringLiteral("rolled_back"), QT_TR_NOOP("rolled back")},
        // a campaign's run, per consumer
        {QStringLiteral("notified"), QT_TR_NOOP("notified")},
        {QStringLiteral("awaiting_migration"), QT_TR_NOOP("awaiting migration")},
        {QStringLiteral("escalated"), QT_TR_NOOP("escalated")},
    };
    const auto it = labels.constFind(state);
    if (it != labels.constEnd())
        return tr(it.value());
    QString text = state;
    return text.replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString RunsModel::nextActionText(const RotationRunRecord &run, const QDateTime &now)
{
    if (isFinished(run.state))
        return {};
    if (run.state == QLatin1String("failed"))
        return tr("operator: resume or roll back");
    if (!run.nextActionAt.isValid() || run.nextActionAt <= now)
        return tr("due now");
    const qint64 secs = now.secsTo(run.nextActionAt);
    // Within a day the time of day says enough; further out the date matters.
    const QString format = secs < 86400 ? QStringLiteral("HH:mm:ss 'UTC'") : QStringLiteral("yyyy-MM-dd HH:mm 'UTC'");
    return tr("%1 (%2)").arg(inText(secs), run.nextActionAt.toUTC().toString(format));
}

QVariant RunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RotationRunRecord &run = m_runs.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case RunIdRole: return run.id;
    case StateNameRole: return run.state;
    case TimestampRole:
        if (column == StartedAt)
            return run.createdAt;
        if (column == Updated)
            return run.updatedAt;
        if (column == NextAction && !isFinished(run.state))
            return run.nextActionAt;
        return {};
    case Qt::ToolTipRole:
        if (column == Error && !run.error.isEmpty())
            return run.error;
        if (column == Updated)
            return utcText(run.updatedAt);
        if (column == StartedAt && run.finishedAt.isValid())
            return tr("Finished %1").arg(utcText(run.finishedAt));
        if (column == Kind && run.urgent)
            return tr("Urgent: the old key was revoked without a grace period");
        return {};
    case Qt::TextAlignmentRole:
        if (column == Id)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (column) {
        case Id: return run.id;
        case StartedAt: return run.createdAt.toMSecsSinceEpoch();
        case Updated: return run.updatedAt.toMSecsSinceEpoch();
        case NextAction:
            if (isFinished(run.state))
                return LLONG_MAX;
            return run.nextActionAt.isValid() ? run.nextActionAt.toMSecsSinceEpoch() : qint64(0);
        default: break;
        }
        Q_FALLTHROUGH();
    case Qt::DisplayRole:
        switch (column) {
        case Id: return run.id;
        case Credential: return run.credentialName;
        case Kind: return kindLabel(run.kind);
        case State: return stateLabel(run.state);
        case StartedBy: return run.startedBy;
        case StartedAt: return run.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        case Updated: return agoText(run.updatedAt, m_clock.now());
        case NextAction: return nextActionText(run, m_clock.now());
        case Error: return run.error.section(QLatin1Char('\n'), 0, 0);
        case ColumnCount: break;
        }
        return {};
    default: return {};
    }
}

QVariant RunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Id: return tr("Run");
    case Credential: return tr("Key");
    case Kind: return tr("Kind");
    case State: return tr("State");
    case StartedBy: return tr("Started by");
    case StartedAt: return tr("Started");
    case Updated: return tr("Updated");
    case NextAction: return tr("Next action");
    case Error: return tr("Error");
    case ColumnCount: break;
    }
    return {};
}

void RunsModel::reload()
{
    auto loaded = m_store.runs();
    if (!loaded) {
        Q_EMIT loadFailed(loaded.errorMessage());
        return;
    }
    QList<RotationRunRecord> fresh = std::move(loaded.value());
    std::reverse(fresh.begin(), fresh.end());

    // Runs are never deleted and ids only grow, so what was shown is normally the tail of what is read now.
    const qint64 added = fresh.size() - m_runs.size();
    bool isTail = added >= 0;
    for (qint64 i = 0; isTail && i < m_runs.size(); ++i)
        isTail = m_runs.at(i).id == fresh.at(added + i).id;
    if (!isTail) {
        beginResetModel();
        m_runs = std::move(fresh);
        endResetModel();
        Q_EMIT reloaded();
        return;
    }
    if (added > 0) {
        beginInsertRows({}, 0, int(added - 1));
        m_runs = fresh.mid(0, added) + m_runs;
        endInsertRows();
    }
    const int kept = int(fresh.size() - added);
    for (int i = 0; i < kept; ++i)
        m_runs[added + i] = fresh.at(added + i);
    // Every kept row may have changed, if only its relative times.
    if (kept > 0)
        Q_EMIT dataChanged(index(int(added), 0), index(int(fresh.size() - 1), ColumnCount - 1));
    Q_EMIT reloaded();
}

} // namespace keyturn
