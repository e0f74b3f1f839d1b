#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;
class QPushButton;

namespace keyturn {

struct NoticeRecord;

/// Asks why a notice is rejected. The reason is required: the Reject button stays disabled until one is written.
/// The dialog only collects the reason; the caller rejects the notice.
class RejectNoticeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RejectNoticeDialog(const NoticeRecord &notice, QWidget *parent = nullptr);

    /// The reason as written, trimmed.
    QString reason() const;
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QPushButton *rejectButton() const { return m_rejectButton; }

private:
    void updateButton();

    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
    QPushButton *m_rejectButton;
};

} // namespace keyturn
