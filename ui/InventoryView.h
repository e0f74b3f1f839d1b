#pragma once

#include "core/domain/KeyStatus.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
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

public Q_SLOTS:
    /// Shows only keys with this status (nullopt: all), as the dashboard's tiles ask.
    void showStatus(std::optional<keyturn::KeyStatus> status);

private:
    void refillChoices();
    void updateCount();

    InventoryModel *m_model;
    InventoryFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_provider;
    QComboBox *m_environment;
    QComboBox *m_kind;
    QComboBox *m_status;
    QTableView *m_table;
    QLabel *m_count;
};

} // namespace keyturn
