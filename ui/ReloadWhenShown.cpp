#include "ReloadWhenShown.h"

#include <QEvent>
#include <QWidget>

namespace keyturn {

ReloadWhenShown::ReloadWhenShown(QWidget *view, std::function<void()> reload)
    : QObject(view), m_view(view), m_reload(std::move(reload))
{
    view->installEventFilter(this);
    if (view->isVisible())
        request();
}

void ReloadWhenShown::request()
{
    if (!m_view->isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_reload();
}

bool ReloadWhenShown::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        m_reload();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace keyturn
