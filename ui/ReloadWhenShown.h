#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace keyturn {

/// Keeps a view's data fresh without computing what nobody looks at: request() reloads at once while the view is
/// visible, and otherwise marks it stale so that it reloads when it is next shown. It starts stale: the first load
/// waits for the first show. At 100,000 keys this is what keeps opening the main window under a second.
class ReloadWhenShown : public QObject
{
    Q_OBJECT
public:
    ReloadWhenShown(QWidget *view, std::function<void()> reload);

    bool isStale() const { return m_stale; }

public Q_SLOTS:
    void request();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_view;
    std::function<void()> m_reload;
    bool m_stale = true;
};

} // namespace keyturn
