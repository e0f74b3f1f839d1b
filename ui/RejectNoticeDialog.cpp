#include "RejectNoticeDialog.h"

#include "core/notices/NoticeStore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace keyturn {

RejectNoticeDialog::RejectNoticeDialog(const NoticeRecord &notice, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("rejectNoticeDialog"));
    setWindowTitle(tr("Reject notice #%1").arg(notice.id));
    const QString to = notice.consumerName.isEmpty() ? notice.recipient : notice.consumerName;

    auto *intro = new QLabel(tr("<p>Reject the notice to <b>%1</b>: “%2”?</p>"
                                "<p>It goes back to the drafts, and nothing is sent until it is edited and approved. "
                                "The reason is kept in the notice's history and in the audit log.</p>")
                                 .arg(to.toHtmlEscaped(), notice.subject.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);

    auto *label = new QLabel(tr("&Reason (required):"), this);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("rejectReason"));
    m_reason->setAccessibleName(tr("Reason for the rejection"));
    m_reason->setPlaceholderText(tr("What has to change before this notice can go out?"));
    m_reason->setTabChangesFocus(true);
    label->setBuddy(m_reason);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_rejectButton = m_buttons->button(QDialogButtonBox::Ok);
    m_rejectButton->setText(tr("Reject"));
    m_rejectButton->setObjectName(QStringLiteral("confirmRejectButton"));
    m_rejectButton->setAccessibleName(tr("Reject the notice"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(label);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_buttons);
    resize(520, 320);

    connect(m_reason, &QPlainTextEdit::textChanged, this, &RejectNoticeDialog::updateButton);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!reason().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButton();
}

QString RejectNoticeDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void RejectNoticeDialog::updateButton()
{
    const bool written = !reason().isEmpty();
    m_rejectButton->setEnabled(written);
    m_rejectButton->setToolTip(written ? QString() : tr("Write the reason first."));
}

} // namespace keyturn
