#include "ApprovalQueueView.h"
#include "ChooseKeyPage.h"
#include "EmergencyRevokeWizard.h"
#include "InventoryView.h"
#include "MainWindow.h"
#include "ReviewPlanPage.h"
#include "RotateWizard.h"
#include "RotationProgressPage.h"
#include "Sandbox.h"
#include "TestSupport.h"
#include "core/Workspace.h"
#include "core/demo/DemoWorld.h"
#include "core/models/InventoryModel.h"
#include "core/models/NoticesModel.h"
#include "core/net/ConnectionProfile.h"
#include "core/notices/NoticeStore.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QStyleOptionMenuItem>
#include <QTableView>
#include <QTreeView>

#include <algorithm>

using namespace keyturn;
using namespace keyturn::test;

namespace {

/// QMenu::initStyleOption() is what the menu paints from: the text with the shortcut after a tab.
class MenuProbe : public QMenu
{
public:
    using QMenu::initStyleOption;
};

QString nativeText(const QKeySequence &key)
{
    return key.toString(QKeySequence::NativeText);
}

/// "QPushButton 'rotateKeyButton' in mainWindow/…/inventoryView": which widget failed, for the failure message.
QString describe(const QWidget *w)
{
    QStringList path;
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (!p->objectName().isEmpty())
            path.prepend(p->objectName());
    }
    return QStringLiteral("%1 '%2' in %3")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), path.join(QLatin1Char('/')));
}

QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

/// Presses a key where a user's key press goes: the focus widget, else the active window.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow();
    QVERIFY2(target, "no widget has the focus and no window is active");
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void type(const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY2(target, "no widget has the focus");
    QTest::keyClicks(target, text);
}

/// What tabbing through a window visited.
struct Walk
{
    QList<QWidget *> visited;
    QStringList problems;
    bool wrapped = false;
};

/// Presses Tab until the focus comes back to a widget it visited (the chain wrapped), at most `bound` times, and
/// checks every widget that received the focus: visible, enabled, with an accessible name.
Walk tabThrough(int bound = 250)
{
    Walk walk;
    QWidget *start = QApplication::focusWidget();
    if (!start) {
        walk.problems << QStringLiteral("nothing has the focus");
        return walk;
    }
    walk.visited << start;
    if (accessibleName(start).isEmpty())
        walk.problems << QStringLiteral("no accessible name: %1").arg(describe(start));
    QWidget *previous = start;
    QImage previousFocused = start->grab().toImage();
    int stuck = 0;
    for (int i = 0; i < bound; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *w = QApplication::focusWidget();
        if (!w) {
            walk.problems << QStringLiteral("Tab after %1 left nothing with the focus").arg(describe(previous));
            return walk;
        }
        if (w == previous) {
            // a date edit tabs through its sections, a text browser through its links: a few presses each
            if (++stuck > 12) {
                walk.problems << QStringLiteral("Tab does not leave %1").arg(describe(w));
                return walk;
            }
            continue;
        }
        stuck = 0;
        // the focus is visible: the widget looks different with it than without it
        if (previous->isVisible() && previous->grab().toImage() == previousFocused)
            walk.problems << QStringLiteral("the focus does not show on %1").arg(describe(previous));
        previous = w;
        previousFocused = w->grab().toImage();
        if (walk.visited.contains(w)) {
            walk.wrapped = true;
            return walk;
        }
        walk.visited << w;
        if (!w->isVisible())
            walk.problems << QStringLiteral("invisible: %1").arg(describe(w));
        if (!w->isEnabled())
            walk.problems << QStringLiteral("disabled: %1").arg(describe(w));
        if (accessibleName(w).isEmpty())
            walk.problems << QStringLiteral("no accessible name: %1").arg(describe(w));
    }
    walk.problems << QStringLiteral("the tab chain did not wrap within %1 presses").arg(bound);
    return walk;
}

} // namespace

/// The main window and its wizards driven by the keyboard alone, on a demo workspace whose held keys' providers are an
/// in-process keyturn-sandbox: views by Ctrl+1…8; the tab chain of each view (every stop visible, enabled, named, with
/// its focus showing, and no trap); shortcuts shown in menus and tooltips, mnemonics without clashes; filtering and
/// arrowing through the inventory; a rotation from its shortcut to its run; Emergency revoke opened and left with
/// Escape; approving another engineer's notice.
class TestKeyboard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_noticeId = 0;

    qint64 credentialId(const QString &name) const
    {
        auto c = m_workspace->store().findCredential(name);
        return c ? c->id : 0;
    }

    /// A pending notice drafted by alice, for erin (the window's actor) to approve.
    void draftNoticeAsAlice()
    {
        auto alice = Workspace::open(m_path, QStringLiteral("alice"), SystemClock::instance());
        QVERIFY2(alice.ok(), qPrintable(alice.errorMessage()));
        Workspace &ws = **alice;
        const QDateTime now = SystemClock::instance().now();
        Consumer consumer;
        consumer.externalId = QStringLiteral("kb-100");
        consumer.name = QStringLiteral("Keyboard Shop");
        consumer.contactEmail = QStringLiteral("dev@keyboard-shop.example");
        consumer.integrationPattern = QStringLiteral("rest");
        auto consumerId = ws.store().upsertConsumer(consumer);
        QVERIFY2(consumerId.ok(), qPrintable(consumerId.errorMessage()));
        Credential key = heldCredential(QStringLiteral("keyboard-shop-key"));
        key.kind = CredentialKind::Issued;
        key.consumerId = *consumerId;
        auto keyId = ws.store().createCredential(key);
        QVERIFY2(keyId.ok(), qPrintable(keyId.errorMessage()));
        CampaignRecord campaign;
        campaign.name = QStringLiteral("Keyboard campaign");
        campaign.deadlineAt = now.addDays(30);
        campaign.state = QStringLiteral("open");
        auto campaignId = ws.notices().createCampaign(campaign);
        QVERIFY2(campaignId.ok(), qPrintable(campaignId.errorMessage()));
        NoticeDraft d;
        d.campaignId = *campaignId;
        d.consumerId = *consumerId;
        d.credentialId = *keyId;
        d.kind = NoticeKind::Migration;
        d.recipient = consumer.contactEmail;
        d.content = FilledNotice{QStringLiteral("Rotate your Keyboard Shop key"),
                                 QStringLiteral("Hello,\n\nplease switch to the new key.\n")};
        d.templateName = QStringLiteral("migration-rest");
        d.deadlineAt = now.addDays(30);
        d.sendAt = now.addSecs(3600);
        auto id = ws.notices().createNotice(d);
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
        m_noticeId = *id;
        QCOMPARE(ws.notices().notice(m_noticeId)->state, NoticeState::Pending);
    }

    static bool showActive(QWidget &window)
    {
        window.resize(1400, 900);
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowExposed(&window) && QTest::qWaitForWindowActive(&window);
    }

    /// Ctrl+<n>: the view with that number; false when another view shows.
    static bool switchTo(MainWindow &window, int number)
    {
        press(Qt::Key_0 + number, Qt::ControlModifier);
        return window.currentViewName() == MainWindow::viewNames().at(number - 1);
    }

    /// Presses Tab until `target` has the focus; false after `bound` presses.
    static bool tabTo(QWidget *target, int bound = 60)
    {
        for (int i = 0; i < bound && QApplication::focusWidget() != target; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        return QApplication::focusWidget() == target;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keychain: the environment holds the tokens
        SandboxOptions options;
        options.world = SandboxOptions::World::Demo;
        options.tickMs = 100;
        m_sandbox = std::make_unique<Sandbox>(options);
        auto port = m_sandbox->listen(QHostAddress::LocalHost, 0);
        QVERIFY2(port.ok(), qPrintable(port.errorMessage()));
        qputenv("KEYTURN_PLATFORM_TOKEN", m_sandbox->adminToken().reveal());
        qputenv("KEYTURN_VAULT_TOKEN", m_sandbox->vaultToken().reveal());

        m_path = m_dir.filePath(QStringLiteral("demo.keyturn"));
        auto built = DemoWorld::create(m_path, SystemClock::instance().now(), 42, DemoWorld::Consumers::FromProvider,
                                       m_sandbox->url());
        QVERIFY2(built.ok(), qPrintable(built.errorMessage()));
        draftNoticeAsAlice();
        if (QTest::currentTestFailed())
            return;
        auto ws = Workspace::open(m_path, QStringLiteral("erin"), SystemClock::instance());
        QVERIFY2(ws.ok(), qPrintable(ws.errorMessage()));
        m_workspace = std::move(ws.value());
        ConnectionProfile profile;
        profile.platformUrl = QUrl(m_sandbox->url());
        profile.vaultUrl = QUrl(m_sandbox->url());
        QVERIFY(m_workspace->saveProfile(profile).ok());
        m_workspace->inventoryModel()->reload();
    }

    void cleanupTestCase()
    {
        m_workspace.reset();
        m_sandbox.reset();
    }

    void everyViewByShortcutAndTab()
    {
        MainWindow window(*m_workspace);
        QVERIFY(showActive(window));
        const QStringList names = MainWindow::viewNames();
        QCOMPARE(names.size(), 8);
        QStringList problems;
        for (int i = 0; i < names.size(); ++i) {
            QVERIFY(switchTo(window, i + 1));
            QWidget *view = window.findChild<QWidget *>(names.at(i) + QStringLiteral("View"));
            QVERIFY(view);
            QTRY_VERIFY(view->isVisible());
            // the focus moved into the view
            QWidget *focus = QApplication::focusWidget();
            QVERIFY2(focus && view->isAncestorOf(focus),
                     qPrintable(names.at(i) + QLatin1String(": focus on ") +
                                (focus ? describe(focus) : QStringLiteral("nothing"))));
            const Walk walk = tabThrough();
            if (qEnvironmentVariableIsSet("KEYTURN_SHOW_TAB_ORDER")) {
                for (QWidget *w : walk.visited)
                    qInfo().noquote() << names.at(i) << describe(w) << accessibleName(w);
            }
            for (const QString &p : walk.problems)
                problems << names.at(i) + QLatin1String(": ") + p;
            QVERIFY2(walk.wrapped, qPrintable(names.at(i) + QLatin1String(": ") + walk.problems.join(u'\n')));
            // no trap: the chain leaves the view (for the navigation list) and comes back
            const bool leaves = std::any_of(walk.visited.begin(), walk.visited.end(),
                                            [view](QWidget *w) { return !view->isAncestorOf(w); });
            const int inside = int(std::count_if(walk.visited.begin(), walk.visited.end(),
                                                 [view](QWidget *w) { return view->isAncestorOf(w); }));
            QVERIFY2(leaves, qPrintable(names.at(i) + QLatin1String(": Tab never leaves the view")));
            QVERIFY2(inside > 0, qPrintable(names.at(i) + QLatin1String(": Tab never enters the view")));
            QVERIFY(walk.visited.contains(window.findChild<QWidget *>(QStringLiteral("navigation"))));

            // with a row selected (Space on the first) the details and the actions on it are reachable and named too
            const auto table = std::find_if(walk.visited.begin(), walk.visited.end(), [view](QWidget *w) {
                auto *items = qobject_cast<QAbstractItemView *>(w);
                return items && view->isAncestorOf(w) && items->model() && items->model()->rowCount() > 0;
            });
            if (table == walk.visited.end())
                continue;
            QVERIFY(tabTo(*table));
            press(Qt::Key_Space);
            QTest::qWait(250); // the inventory reads the selected key's details after a short pause
            const Walk selected = tabThrough();
            if (qEnvironmentVariableIsSet("KEYTURN_SHOW_TAB_ORDER")) {
                for (QWidget *w : selected.visited)
                    qInfo().noquote() << names.at(i) << "(selected)" << describe(w) << accessibleName(w);
            }
            for (const QString &p : selected.problems)
                problems << names.at(i) + QLatin1String(" with a row selected: ") + p;
            QVERIFY2(selected.wrapped, qPrintable(names.at(i) + QLatin1String(": ") + selected.problems.join(u'\n')));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void shortcutsShowInMenusAndTooltips()
    {
        MainWindow window(*m_workspace);
        QVERIFY(showActive(window));
        QTRY_VERIFY_WITH_TIMEOUT(window.rotateAction()->isEnabled(), 20000);
        QStringList problems;
        QSet<QKeySequence> menuKeys;
        int withShortcut = 0;
        for (QAction *top : window.menuBar()->actions()) {
            QMenu *menu = top->menu();
            QVERIFY(menu);
            for (QAction *action : menu->actions()) {
                if (action->isSeparator() || action->shortcut().isEmpty())
                    continue;
                ++withShortcut;
                const QString key = nativeText(action->shortcut());
                for (const QKeySequence &k : action->shortcuts()) {
                    if (menuKeys.contains(k))
                        problems << QStringLiteral("%1 is bound twice in the menus").arg(nativeText(k));
                    menuKeys.insert(k);
                }
                QStyleOptionMenuItem option;
                static_cast<MenuProbe *>(menu)->initStyleOption(&option, action);
                if (!option.text.endsWith(QLatin1Char('\t') + key))
                    problems << QStringLiteral("menu item '%1' does not show %2").arg(option.text, key);
                if (action->isEnabled() && !action->toolTip().contains(key))
                    problems << QStringLiteral("tooltip of '%1' does not name %2: %3")
                                    .arg(action->text(), key, action->toolTip());
            }
        }
        QVERIFY(withShortcut >= 13); // import, connect, quit, eight views, reload, rotate, emergency revoke
        for (int i = 1; i <= 8; ++i)
            QVERIFY(menuKeys.contains(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + i))));

        // the views' own shortcuts: none repeats a menu's, and a tooltip in the view names each
        for (const QString &name : MainWindow::viewNames()) {
            QWidget *view = window.findChild<QWidget *>(name + QStringLiteral("View"));
            QVERIFY(view);
            QVERIFY(window.showView(name));
            QTRY_VERIFY(view->isVisible());
            // what shows the shortcut: a tooltip, or for a screen reader an accessible description
            const auto tooltips = [view] {
                QStringList tips;
                for (QWidget *w : view->findChildren<QWidget *>())
                    tips << w->toolTip() << w->accessibleDescription();
                return tips.join(u'\n');
            };
            for (QAction *action : view->findChildren<QAction *>()) {
                if (action->shortcut().isEmpty() || action->associatedObjects().isEmpty())
                    continue;
                for (const QKeySequence &k : action->shortcuts()) {
                    if (menuKeys.contains(k))
                        problems << QStringLiteral("%1 in %2 repeats a menu shortcut").arg(nativeText(k), name);
                }
                if (!tooltips().contains(nativeText(action->shortcut())))
                    problems << QStringLiteral("no tooltip or description in %1 names %2 (%3)")
                                    .arg(name, nativeText(action->shortcut()), action->objectName());
            }
            for (QAbstractButton *button : view->findChildren<QAbstractButton *>()) {
                const QKeySequence key = button->shortcut();
                if (key.isEmpty() || key == QKeySequence::mnemonic(button->text()) || !button->isEnabled())
                    continue;
                if (menuKeys.contains(key))
                    problems << QStringLiteral("%1 repeats a menu shortcut").arg(describe(button));
                if (!button->toolTip().contains(nativeText(key)))
                    problems << QStringLiteral("tooltip of %1 does not name %2: %3")
                                    .arg(describe(button), nativeText(key), button->toolTip());
            }
        }
        // mnemonics: none in a view opens a menu instead, none is used twice in a view
        QHash<QKeySequence, QString> menuMnemonics;
        for (QAction *top : window.menuBar()->actions())
            menuMnemonics.insert(QKeySequence::mnemonic(top->text()), top->text());
        for (const QString &name : MainWindow::viewNames()) {
            QWidget *view = window.findChild<QWidget *>(name + QStringLiteral("View"));
            QHash<QKeySequence, QString> seen;
            const auto note = [&](const QString &text, const QString &what) {
                const QKeySequence key = QKeySequence::mnemonic(text);
                if (key.isEmpty())
                    return;
                if (menuMnemonics.contains(key))
                    problems
                        << QStringLiteral("%1 in %2 opens the menu %3 instead").arg(what, name, menuMnemonics[key]);
                if (seen.contains(key))
                    problems << QStringLiteral("%1 and %2 in %3 share %4").arg(seen[key], what, name, nativeText(key));
                seen.insert(key, what);
            };
            for (QAbstractButton *button : view->findChildren<QAbstractButton *>())
                note(button->text(), describe(button));
            for (QLabel *label : view->findChildren<QLabel *>()) {
                if (label->buddy())
                    note(label->text(), QStringLiteral("label '%1'").arg(label->text()));
            }
        }

        // the inventory's buttons name the Keys menu's shortcuts
        QVERIFY(window.showView(QStringLiteral("inventory")));
        InventoryView *inventory = window.inventoryView();
        QTRY_VERIFY(inventory->rotateButton()->isEnabled());
        QVERIFY2(inventory->rotateButton()->toolTip().contains(nativeText(window.rotateAction()->shortcut())),
                 qPrintable(inventory->rotateButton()->toolTip()));
        QVERIFY2(
            inventory->emergencyButton()->toolTip().contains(nativeText(window.emergencyRevokeAction()->shortcut())),
            qPrintable(inventory->emergencyButton()->toolTip()));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void filterTheInventoryAndArrowThroughIt()
    {
        MainWindow window(*m_workspace);
        QVERIFY(showActive(window));
        QVERIFY(switchTo(window, 2));
        InventoryView *view = window.inventoryView();
        QTableView *table = view->table();
        QTRY_VERIFY(table->model()->rowCount() > 20);
        const int all = table->model()->rowCount();

        // Ctrl+F from anywhere in the view, even from the table
        QVERIFY(tabTo(table));
        press(Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), view->searchField());
        type(QStringLiteral("stripe"));
        QTRY_VERIFY(table->model()->rowCount() < all);
        const int shown = table->model()->rowCount();
        QVERIFY(shown >= 3);

        // to the table by Tab (its first row becomes current), Space selects it, the arrows move the current row and
        // the selection with it
        QVERIFY(tabTo(table));
        QCOMPARE(table->currentIndex().row(), 0);
        press(Qt::Key_Space);
        const qint64 first = view->selectedCredentialId();
        QVERIFY(first != 0);
        press(Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), 1);
        const qint64 second = view->selectedCredentialId();
        QVERIFY(second != 0 && second != first);
        press(Qt::Key_Down);
        press(Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), 3);
        press(Qt::Key_Up);
        QCOMPARE(table->currentIndex().row(), 2);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(table->selectionModel()->selectedRows().first().row(), 2);
        for (int r = 0; r < shown; ++r) {
            const QString name = table->model()->index(r, InventoryModel::Name).data().toString();
            const QString provider = table->model()->index(r, InventoryModel::Provider).data().toString();
            QVERIFY2(name.contains(QLatin1String("stripe")) || provider == QLatin1String("Stripe"), qPrintable(name));
        }
        // Ctrl+F again selects the filter's text: typing replaces it
        press(Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(view->searchField()->selectedText(), QStringLiteral("stripe"));
        press(Qt::Key_Delete);
        QTRY_COMPARE(table->model()->rowCount(), all);
    }

    void rotateAHeldKeyByKeyboard()
    {
        const QString name = QStringLiteral("stripe-api-key-staging");
        const qint64 id = credentialId(name);
        QVERIFY(id);
        MainWindow window(*m_workspace);
        QVERIFY(showActive(window));
        QTRY_VERIFY_WITH_TIMEOUT(window.rotateAction()->isEnabled(), 20000);
        QVERIFY(switchTo(window, 2));
        InventoryView *view = window.inventoryView();
        QTableView *table = view->table();
        QTRY_VERIFY(table->model()->rowCount() > 0);
        press(Qt::Key_F, Qt::ControlModifier);
        type(name);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QVERIFY(tabTo(table));
        press(Qt::Key_Space);
        QCOMPARE(view->selectedCredentialId(), id);
        QTRY_VERIFY(view->rotateButton()->isEnabled());

        press(Qt::Key_R, Qt::ControlModifier);
        RotateWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = window.findChild<RotateWizard *>()) != nullptr);
        QTRY_VERIFY(wizard->isVisible());
        wizard->activateWindow(); // the offscreen platform does not activate a new dialog by itself
        QVERIFY(QTest::qWaitForWindowActive(wizard));
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(wizard));
        QCOMPARE(wizard->currentId(), int(RotateWizard::ChooseKey));
        ChooseKeyPage *choose = wizard->chooseKeyPage();
        QTRY_COMPARE(choose->credentialId(), id);
        QVERIFY2(wizard->isAncestorOf(QApplication::focusWidget()),
                 qPrintable(QApplication::focusWidget() ? describe(QApplication::focusWidget())
                                                        : QStringLiteral("nothing has the focus")));

        // every stop of the page's tab chain is named
        Walk walk = tabThrough();
        QVERIFY2(walk.wrapped && walk.problems.isEmpty(), qPrintable(walk.problems.join(u'\n')));

        // a short grace period, typed into its field
        QVERIFY(tabTo(choose->graceField()));
        press(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("3s"));
        QCOMPARE(choose->grace(), std::optional<std::chrono::seconds>(std::chrono::seconds(3)));
        press(Qt::Key_Return); // the wizard's default button: Next
        QCOMPARE(wizard->currentId(), int(RotateWizard::Review));

        ReviewPlanPage *review = wizard->reviewPage();
        QTRY_VERIFY_WITH_TIMEOUT(review->plan().has_value(), 20000);
        QVERIFY(review->plan()->ready());
        walk = tabThrough();
        QVERIFY2(walk.wrapped && walk.problems.isEmpty(), qPrintable(walk.problems.join(u'\n')));
        if (review->needsDualKeyAcceptance()) {
            auto *accept = review->findChild<QCheckBox *>(QStringLiteral("acceptNoDualKey"));
            QVERIFY(tabTo(accept));
            press(Qt::Key_Space);
            QVERIFY(accept->isChecked());
        }
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        // Alt+N, the Next button's mnemonic, wherever the focus is
        press(Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(wizard->currentId(), int(RotateWizard::Confirm)); // a mnemonic clicks after a moment
        QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());
        walk = tabThrough();
        QVERIFY2(walk.wrapped && walk.problems.isEmpty(), qPrintable(walk.problems.join(u'\n')));
        // Enter on the commit page starts the rotation
        QVERIFY(tabTo(wizard->button(QWizard::CommitButton)));
        press(Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(RotateWizard::Progress));
        const qint64 runId = wizard->runId();
        QVERIFY(runId > 0);
        RotationProgressPage *progress = wizard->progressPage();
        QTRY_VERIFY_WITH_TIMEOUT(
            progress->state() == QLatin1String("completed") || progress->state() == QLatin1String("failed"), 60000);
        QCOMPARE(progress->state(), QStringLiteral("completed"));
        auto run = m_workspace->store().run(runId);
        QVERIFY(run.ok());
        QCOMPARE(run->credentialId, id);
        QCOMPARE(run->state, QStringLiteral("completed"));

        QTRY_VERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        QVERIFY(tabTo(wizard->button(QWizard::FinishButton)));
        QPointer<RotateWizard> closing(wizard);
        press(Qt::Key_Return);
        QTRY_VERIFY(!closing || !closing->isVisible());
    }

    void emergencyRevokeOpensByShortcutAndEscapeLeavesIt()
    {
        const QString name = QStringLiteral("stripe-api-key-staging");
        const qint64 id = credentialId(name);
        QVERIFY(id);
        MainWindow window(*m_workspace);
        QVERIFY(showActive(window));
        QTRY_VERIFY_WITH_TIMEOUT(window.emergencyRevokeAction()->isEnabled(), 20000);
        QVERIFY(switchTo(window, 2));
        InventoryView *view = window.inventoryView();
        QTRY_VERIFY(view->table()->model()->rowCount() > 0);
        press(Qt::Key_F, Qt::ControlModifier);
        type(name);
        QTRY_COMPARE(view->table()->model()->rowCount(), 1);
        QVERIFY(tabTo(view->table()));
        press(Qt::Key_Space);
        QCOMPARE(view->selectedCredentialId(), id);
        const auto runsBefore = m_workspace->store().runs();
        QVERIFY(runsBefore.ok());

        press(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        EmergencyRevokeWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = window.findChild<EmergencyRevokeWizard *>()) != nullptr);
        QTRY_VERIFY(wizard->isVisible());
        wizard->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(wizard));
        QTRY_COMPARE(wizard->chooseKeyPage()->credentialId(), id);
        const Walk walk = tabThrough();
        QVERIFY2(walk.wrapped && walk.problems.isEmpty(), qPrintable(walk.problems.join(u'\n')));
        // Escape cancels: nothing started
        QPointer<EmergencyRevokeWizard> closing(wizard);
        press(Qt::Key_Escape);
        QTRY_VERIFY(!closing || !closing->isVisible());
        const auto runsAfter = m_workspace->store().runs();
        QVERIFY(runsAfter.ok());
        QCOMPARE(runsAfter->size(), runsBefore->size());
    }

    void approveAnotherEngineersNoticeByKeyboard()
    {
        MainWindow window(*m_workspace);
        QVERIFY(showActive(window));
        QVERIFY(switchTo(window, 4));
        ApprovalQueueView *view = window.approvalsView();
        QTRY_VERIFY(view->model()->rowOfNotice(m_noticeId) >= 0);
        QVERIFY(tabTo(view->table()));
        press(Qt::Key_Space);
        for (int i = 0; i < view->table()->model()->rowCount() && view->currentNoticeId() != m_noticeId; ++i)
            press(Qt::Key_Down);
        QCOMPARE(view->currentNoticeId(), m_noticeId);
        QVERIFY(view->approveButton()->isEnabled());
        QVERIFY2(view->approveButton()->toolTip().contains(nativeText(view->approveButton()->shortcut())),
                 qPrintable(view->approveButton()->toolTip()));
        // the details and preview of the notice are reachable and named
        const Walk walk = tabThrough();
        QVERIFY2(walk.wrapped && walk.problems.isEmpty(), qPrintable(walk.problems.join(u'\n')));
        QVERIFY(tabTo(view->table()));

        press(Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(m_workspace->notices().notice(m_noticeId)->state, NoticeState::Approved);
        QCOMPARE(m_workspace->notices().notice(m_noticeId)->approvedBy, QStringLiteral("erin"));
        QVERIFY2(view->lastError().isEmpty(), qPrintable(view->lastError()));
    }
};

QTEST_MAIN(TestKeyboard)
#include "TestKeyboard.moc"
