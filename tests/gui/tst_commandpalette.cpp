// The command palette of the main window (Ctrl+K, Ctrl+Shift+P): typed to, chosen with the
// keyboard, and what Enter did; and the hosts selector of the Run a Command dialog.
#include "core/AtomicFile.h"
#include "engine/Operation.h"
#include "gui/Appearance.h"
#include "gui/CommandPalette.h"
#include "gui/DeployPage.h"
#include "gui/ExecDialog.h"
#include "gui/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth;
using namespace Berth::Gui;

namespace {
const QString DemoPath = QStringLiteral(BERTH_SOURCE_DIR "/examples/demo");
}

class TestCommandPalette : public QObject
{
    Q_OBJECT

private:
    // Opens the palette with `keys` and waits for it; its search field has the focus.
    static CommandPalette *openPalette(MainWindow &window, const QKeySequence &keys)
    {
        // Shortcuts reach the active window (the last palette may still hold that role).
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            return nullptr;
        QTest::keySequence(&window, keys);
        CommandPalette *palette = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            palette = window.findChild<CommandPalette *>(QStringLiteral("commandPalette"));
            return palette && palette->isVisible();
        });
        return shown ? palette : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BerthTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_commandpalette"));
        QSettings().clear();
    }

    void opensPagesAndOperationsByKeyboard()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openProject(DemoPath).has_value());
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Ctrl+K, "backups", Enter: the Backups page.
        QPointer<CommandPalette> palette = openPalette(window, QKeySequence(Qt::CTRL | Qt::Key_K));
        QVERIFY(palette);
        auto *search = palette->findChild<QLineEdit *>(QStringLiteral("paletteSearch"));
        auto *list = palette->findChild<QListWidget *>(QStringLiteral("paletteList"));
        QVERIFY(search && list);
        QTRY_COMPARE(QApplication::focusWidget(), search);
        QVERIFY(!search->accessibleName().isEmpty() && !list->accessibleName().isEmpty());
        // Everything is there before typing: pages, operations, the demo's aliases.
        const QStringList all = palette->shownTitles();
        QVERIFY2(all.contains(QStringLiteral("Go to Secrets"))
                     && all.contains(QStringLiteral("Deploy"))
                     && all.contains(QStringLiteral("Run alias backup-db")),
                 qPrintable(all.join(QLatin1Char('|'))));
        QTest::keyClicks(search, QStringLiteral("backups"));
        QCOMPARE(palette->shownTitles().value(0), QStringLiteral("Go to Backups"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(!palette);
        QTRY_COMPARE(window.currentPage(), std::optional<PageId>(PageId::Backups));

        // Ctrl+Shift+P, a fuzzy "rlbk", Down and Up, Enter: the rollback on the Deploy page.
        palette = openPalette(window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        QVERIFY(palette);
        search = palette->findChild<QLineEdit *>(QStringLiteral("paletteSearch"));
        list = palette->findChild<QListWidget *>(QStringLiteral("paletteList"));
        QTest::keyClicks(search, QStringLiteral("rlbk"));
        QCOMPARE(palette->shownTitles().value(0), QStringLiteral("Roll back to a version"));
        QCOMPARE(list->currentRow(), 0);
        if (list->count() > 1) {
            QTest::keyClick(search, Qt::Key_Down);
            QCOMPARE(list->currentRow(), 1);
            QTest::keyClick(search, Qt::Key_Up);
        }
        QCOMPARE(list->currentRow(), 0);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(!palette);
        QTRY_COMPARE(window.currentPage(), std::optional<PageId>(PageId::Deploy));
        auto *deploy = window.findChild<DeployPage *>();
        QVERIFY(deploy);
        QCOMPARE(deploy->currentOperation(), QStringLiteral("rollback"));

        // Nothing matches: nothing runs. Escape closes and leaves the page as it was.
        palette = openPalette(window, QKeySequence(Qt::CTRL | Qt::Key_K));
        QVERIFY(palette);
        search = palette->findChild<QLineEdit *>(QStringLiteral("paletteSearch"));
        QTest::keyClicks(search, QStringLiteral("zzzz"));
        QVERIFY(palette->shownTitles().isEmpty());
        QCOMPARE(palette->findChild<QLabel *>(QStringLiteral("paletteCount"))->text(),
                 QStringLiteral("Nothing matches."));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(palette && palette->isVisible());
        const QString dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            // The window with the palette over it, where a window manager puts a dialog.
            search->clear();
            QTest::keyClicks(search, QStringLiteral("de"));
            QDir().mkpath(dir);
            for (const ColorScheme scheme : {ColorScheme::Light, ColorScheme::Dark}) {
                Appearance::apply(scheme);
                QApplication::processEvents();
                QPixmap shot = window.grab();
                const QPixmap over = palette->grab();
                QPainter painter(&shot);
                painter.fillRect(shot.rect(), QColor(0, 0, 0, 60));
                painter.drawPixmap((shot.width() - over.width()) / 2,
                                   (shot.height() - over.height()) / 4, over);
                painter.end();
                shot.save(
                    QStringLiteral("%1/command-palette-%2.png").arg(dir, Appearance::key(scheme)));
            }
            Appearance::apply(ColorScheme::Light);
        }
        QTest::keyClick(search, Qt::Key_Escape);
        QTRY_VERIFY(!palette);
        QCOMPARE(window.currentPage(), std::optional<PageId>(PageId::Deploy));
    }

    // app exec --hosts from the dialog: all hosts checked means no limit; unchecking one
    // limits the request to the others; none checked cannot run.
    void limitsACommandToCheckedHosts()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("config"))));
        QVERIFY(AtomicFile::write(dir.filePath(QStringLiteral("config/deploy.yml")),
                                  "service: shop\nimage: acme/shop\nservers:\n  - 10.0.0.1\n"
                                  "  - 10.0.0.2\nregistry:\n  username: a\n  password: [PW]\n"
                                  "builder:\n  arch: amd64\n")
                    .has_value());
        const auto project = Engine::loadProjectConfig(dir.path(), QString(), {});
        QVERIFY(project);
        ExecDialog dialog(*project->config);
        auto *hosts = dialog.findChild<QListWidget *>(QStringLiteral("hostsList"));
        auto *command = dialog.findChild<QLineEdit *>(QStringLiteral("commandEdit"));
        auto *run = dialog.findChild<QPushButton *>(QStringLiteral("execRunButton"));
        QVERIFY(hosts && command && run);
        QVERIFY(!hosts->accessibleName().isEmpty());
        QCOMPARE(hosts->count(), 2);
        QTest::keyClicks(command, QStringLiteral("uptime"));
        QVERIFY(dialog.request().hosts.isEmpty()); // every host: no --hosts
        hosts->item(0)->setCheckState(Qt::Unchecked);
        QCOMPARE(dialog.request().hosts, QStringList {QStringLiteral("10.0.0.2")});
        auto *where = dialog.findChild<QLabel *>(QStringLiteral("whereLabel"));
        QVERIFY2(where->text().contains(QLatin1String("10.0.0.2"))
                     && !where->text().contains(QLatin1String("10.0.0.1")),
                 qPrintable(where->text()));
        QVERIFY(run->isEnabled());
        hosts->item(1)->setCheckState(Qt::Unchecked);
        QVERIFY(!run->isEnabled());
    }
};

QTEST_MAIN(TestCommandPalette)
#include "tst_commandpalette.moc"
