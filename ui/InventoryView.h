#pragma once

#include "core/domain/KeyStatus.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace keyturn {

class InventoryFilterModel;
class InventoryModel;

/// The key inventory: a sortable table with text, provider, environment, kind and status filters.
class InventoryView : public QWidget
{
    Q_OBJECT
public:
    explicit InventoryView(InventoryModel *model, QWidget *parent = nullptr);

    InventoryFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QPushButton *rotateButton() const { return m_rotate; }
    QPushButton *emergencyButton() const { return m_emergency; }

    /// The credential of the current row, or 0 when none (or more than one row) is selected.
    qint64 selectedCredentialId() const;
    /// Whether rotations can start at all (the services are connected); `why` explains when not.
    void setRotationAvailable(bool available, const QString &why = {});

public Q_SLOTS:
    /// Shows only keys with this status (nullopt: all), as the dashboard's tiles ask.
    void showStatus(std::optional<keyturn::KeyStatus> status);

Q_SIGNALS:
    /// The operator asked to rotate a held key (0: choose it in the wizard).
    void rotateRequested(qint64 credentialId);
    /// The operator asked to revoke a held key at once (0: choose it in the wizard).
    void emergencyRevokeRequested(qint64 credentialId);

private:
    void refillChoices();
    void updateCount();
    void updateKeyActions();
    void showContextMenu(const QPoint &pos);
    /// Why the selected key cannot be rotated from here; empty when it can.
    QString whyNotRotatable() const;

    InventoryModel *m_model;
    InventoryFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_provider;
    QComboBox *m_environment;
    QComboBox *m_kind;
    QComboBox *m_status;
    QTableView *m_table;
    QLabel *m_count;
    QPushButton *m_rotate;
    QPushButton *m_emergency;
    bool m_rotationAvailable = false;
    QString m_unavailableReason;
};

} // namespace keyturn
