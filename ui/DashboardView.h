#pragma once

#include "core/domain/KeyStatus.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;

namespace keyturn {

class InventoryModel;

/// The start page: how many keys stand in each status, each tile a way into the inventory filtered by it.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(InventoryModel *model, QWidget *parent = nullptr);

    int countFor(KeyStatus status) const { return m_counts.value(status); }

Q_SIGNALS:
    void statusActivated(keyturn::KeyStatus status);

private:
    void recount();

    InventoryModel *m_model;
    QHash<KeyStatus, int> m_counts;
    QHash<KeyStatus, QPushButton *> m_tiles;
    QLabel *m_summary;
};

} // namespace keyturn
