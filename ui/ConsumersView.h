#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace keyturn {

class ConsumersFilterModel;
class ConsumersModel;

/// The platform's API consumers: who they are, how they integrate, how many keys they hold, when they last used one,
/// and where they stand in a rotation campaign. Filled by sync from the platform.
class ConsumersView : public QWidget
{
    Q_OBJECT
public:
    /// What the campaign filter shows.
    enum CampaignFilter
    {
        AllConsumers,
        InCampaign,  ///< consumers in an open campaign
        NotMigrated, ///< consumers in a campaign who have not moved to their new key yet
    };

    explicit ConsumersView(ConsumersModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *campaignFilter() const { return m_campaignFilter; }

private:
    /// Counts who is in a campaign and who has not migrated, once per reload rather than per keystroke.
    void countCampaigns();
    void updateCount();

    ConsumersModel *m_model;
    ConsumersFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_campaignFilter;
    QTableView *m_table;
    QLabel *m_count;
    int m_inCampaign = 0;
    int m_notMigrated = 0;
};

} // namespace keyturn
