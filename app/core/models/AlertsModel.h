#pragma once

#include "../monitoring/AlertCenter.h"

#include <QAbstractTableModel>

namespace keyturn {

/// The open alerts as a table, most severe first: what the dashboard's alert panel lists. Lives in the core so it is
/// tested without a display; icons and colours for severities come from the ui.
class AlertsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Severity,
        Kind,
        Subject, ///< the key, and the run when the alert concerns one
        Message,
        Raised,
        AcknowledgedBy,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, ///< a value that sorts naturally (severity rank, times)
        AlertIdRole,
        CredentialIdRole, ///< 0 when the alert concerns no credential
        RunIdRole,        ///< 0 when the alert concerns no run
        SeverityNameRole, ///< info, warning, critical
        KindNameRole,     ///< the rule's or engine's name ("rotation_failed")
        AcknowledgedRole, ///< bool
    };
    Q_ENUM(Column)

    explicit AlertsModel(AlertCenter &center, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Alert &alertAt(int row) const { return m_alerts.at(row); }
    /// The row of an alert, or -1.
    int rowOfAlert(qint64 alertId) const;

public Q_SLOTS:
    /// Reads the open alerts again (it does not recompute them). The same alerts in the same order update in place,
    /// so a view keeps its selection; otherwise the model resets. On failure it keeps what it showed.
    void reload();

Q_SIGNALS:
    void loadFailed(const QString &message);
    void reloaded();

private:
    AlertCenter &m_center;
    QList<Alert> m_alerts;
};

} // namespace keyturn
