#pragma once

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace keyturn {

class NoticesModel;
class Workspace;
struct NoticeRecord;

/// The Approval queue: the notices campaigns drafted, filtered by state, and for the selected one a preview as the
/// consumer will see it (HTML and plain text) with its history. Engineers approve (one, or every selected one: all
/// or nothing), reject with a reason, or edit a notice; the author of a notice cannot approve it (four eyes), and
/// the Approve button says why.
class ApprovalQueueView : public QWidget
{
    Q_OBJECT
public:
    explicit ApprovalQueueView(Workspace &workspace, QWidget *parent = nullptr);
    ~ApprovalQueueView() override;

    NoticesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *filter() const { return m_filter; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *approveSelectedButton() const { return m_approveSelected; }
    QPushButton *rejectButton() const { return m_reject; }
    QPushButton *editButton() const { return m_edit; }

    /// The notice the details pane shows (the table's current row), or 0.
    qint64 currentNoticeId() const;
    /// Every selected notice, in the table's order.
    QList<qint64> selectedNoticeIds() const;
    /// Makes a notice the current and only selected row; false when it is not listed.
    bool selectNotice(qint64 noticeId);
    /// The last failure shown to the user (empty when the last action succeeded).
    QString lastError() const { return m_lastError; }

    /// In a team workspace whose role may not review notices: every review action disabled, saying why.
    void setReviewBlocked(const QString &why);

public Q_SLOTS:
    /// Reads the notices again and refreshes the details and buttons, keeping the selection.
    void reload();
    /// Reads only these notices again (another client changed them), keeping the selection.
    void refreshNotices(const QList<qint64> &ids);
    /// Approves the current notice.
    void approveCurrent();
    /// Approves every selected notice, or none of them.
    void approveSelected();
    /// Asks for the reason and rejects the current notice.
    void rejectCurrent();
    /// Opens the editor on the current notice.
    void editCurrent();

Q_SIGNALS:
    /// An approval, rejection or edit changed notices.
    void noticesChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    /// Where the selection was, to put it back (or next to it) after the list changed.
    struct Position
    {
        qint64 noticeId = 0;
        int row = -1;
    };

    const NoticeRecord *currentNotice() const;
    Position position() const;
    void restore(const Position &where);
    void selectRow(int proxyRow);
    void approveIds(const QList<qint64> &ids, Position where);
    void finishAction(const Position &where, const QString &error, const QString &title, const QString &success);
    void showFailure(const QString &title, const QString &message);
    void showMessage(const QString &text);
    void updateDetails();
    void updateActions();
    void updateEmptyState();

    Workspace &m_workspace;
    NoticesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_filter;
    QLabel *m_count;
    QPushButton *m_refresh;
    QStackedWidget *m_pages;
    QLabel *m_emptyTitle;
    QLabel *m_empty;
    QTableView *m_table;
    QLabel *m_title;
    QLabel *m_to;
    QLabel *m_subject;
    QLabel *m_sendAt;
    QLabel *m_state;
    QLabel *m_campaign;
    QLabel *m_people;
    QLabel *m_note;
    QTabWidget *m_tabs;
    QTextBrowser *m_html;
    QPlainTextEdit *m_text;
    QTextBrowser *m_history;
    QPushButton *m_approve;
    QPushButton *m_approveSelected;
    QPushButton *m_reject;
    QPushButton *m_edit;
    QLabel *m_message;
    QString m_lastError;
    QString m_reviewBlocked; ///< why this user's role may not review notices; empty: it may
};

} // namespace keyturn
