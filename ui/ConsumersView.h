#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace keyturn {

class ConsumersModel;

/// The platform's API consumers: who they are, how they integrate, how many keys they hold and when they last used
/// one. Filled by sync from the platform.
class ConsumersView : public QWidget
{
    Q_OBJECT
public:
    explicit ConsumersView(ConsumersModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }

private:
    void updateCount();

    ConsumersModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_count;
};

} // namespace keyturn
