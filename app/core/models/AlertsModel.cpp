#include "AlertsModel.h"

namespace keyturn {

namespace {
QString utcText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
}
} // namespace

AlertsModel::AlertsModel(AlertCenter &center, QObject *parent) : QAbstractTableModel(parent), m_center(center) {}

int AlertsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int AlertsModel::rowOfAlert(qint64 alertId) const
{
    for (int i = 0; i < m_alerts.size(); ++i) {
        if (m_alerts.at(i).id == alertId)
            return i;
    }
    return -1;
}

QVariant AlertsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert &a = m_alerts.at(index.row());
    switch (role) {
    case AlertIdRole: return a.id;
    case CredentialIdRole: return a.credentialId;
    case RunIdRole: return a.runId;
    case SeverityNameRole: return a.severity;
    case KindNameRole: return a.kind;
    case AcknowledgedRole: return a.acknowledged();
    default: break;
    }
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case Severity:
            return role == SortRole ? QVariant(alertSeverityRank(a.severity))
                                    : QVariant(alertSeverityLabel(a.severity));
        case Kind: return alertKindLabel(a.kind);
        case Subject: {
            const QString key = a.credentialId == 0 ? QString()
                                                    : (a.credentialName.isEmpty() ? tr("key #%1").arg(a.credentialId)
                                                                                  : a.credentialName);
            if (a.runId == 0)
                return key;
            return key.isEmpty() ? tr("run #%1").arg(a.runId) : tr("%1 · run #%2").arg(key).arg(a.runId);
        }
        case Message: return a.message;
        case Raised: return role == SortRole ? QVariant(a.raisedAt.toMSecsSinceEpoch()) : QVariant(utcText(a.raisedAt));
        case AcknowledgedBy:
            if (role == SortRole)
                return a.acknowledgedAt.isValid() ? a.acknowledgedAt.toMSecsSinceEpoch() : 0;
            return a.acknowledged() ? tr("%1 at %2").arg(a.acknowledgedBy, utcText(a.acknowledgedAt)) : QString();
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Message || index.column() == Subject)
            return a.message;
        if (index.column() == AcknowledgedBy && !a.acknowledged())
            return tr("Not acknowledged yet");
    }
    return {};
}

QVariant AlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Severity: return tr("Severity");
    case Kind: return tr("Alert");
    case Subject: return tr("Key / run");
    case Message: return tr("Message");
    case Raised: return tr("Raised (UTC)");
    case AcknowledgedBy: return tr("Acknowledged by");
    default: return {};
    }
}

void AlertsModel::reload()
{
    auto loaded = m_center.openAlerts();
    if (!loaded) {
        Q_EMIT loadFailed(loaded.errorMessage());
        return;
    }
    QList<Alert> fresh = std::move(loaded.value());
    bool sameRows = fresh.size() == m_alerts.size();
    for (int i = 0; sameRows && i < fresh.size(); ++i)
        sameRows = fresh.at(i).id == m_alerts.at(i).id;
    if (sameRows) {
        m_alerts = std::move(fresh);
        if (!m_alerts.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_alerts.size()) - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_alerts = std::move(fresh);
        endResetModel();
    }
    Q_EMIT reloaded();
}

} // namespace keyturn
