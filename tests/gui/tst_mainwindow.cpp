#include "core/RecentProjects.h"
#include "gui/AboutDialog.h"
#include "gui/Appearance.h"
#include "gui/BackupsPage.h"
#include "gui/MainWindow.h"
#include "gui/Pages.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Berth;
using namespace Berth::Gui;

namespace {
const QString DemoPath = QStringLiteral(BERTH_SOURCE_DIR "/examples/demo");
}

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Settings go to a throwaway location, never the developer's own.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BerthTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void init() { QSettings().clear(); }

    void startsOnTheWelcomePage()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.project());
        QVERIFY(!window.currentPage().has_value());
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("sidebar"))->isVisible());
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("welcomePage"))->isVisible());
        QCOMPARE(window.windowTitle(), QStringLiteral("Berth"));
    }

    void opensAProjectAndShowsItsPages()
    {
        MainWindow window;
        window.show();
        QSignalSpy opened(&window, &MainWindow::projectOpened);
        QVERIFY(window.openProject(DemoPath).has_value());
        QCOMPARE(opened.count(), 1);
        QVERIFY(window.project());
        QCOMPARE(window.currentPage(), PageId::Config);
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("sidebar"))->isVisible());
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("projectNameLabel"))->text(),
                 QStringLiteral("demo"));
        QCOMPARE(window.windowTitle(), QStringLiteral("demo — Berth"));

        auto *destinations = window.findChild<QComboBox *>(QStringLiteral("destinationCombo"));
        QCOMPARE(destinations->count(), 2);
        QCOMPARE(destinations->itemText(1), QStringLiteral("staging"));
        QSignalSpy destinationChanged(&window, &MainWindow::destinationChanged);
        destinations->setCurrentIndex(1);
        QCOMPARE(destinationChanged.count(), 1);
        QCOMPARE(window.destination(), QStringLiteral("staging"));

        // The Secrets page reads the project's secrets files for the destination shown.
        auto *summary = window.findChild<QWidget *>(QStringLiteral("secretsPage"))
                            ->findChild<QLabel *>(QStringLiteral("secretsSummary"));
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String(".kamal/secrets")), 10000);
    }

    void switchesPagesByKeyboardAndSidebar()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openProject(DemoPath).has_value());

        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), PageId::Deploy);
        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), PageId::Backups);

        auto *list = window.findChild<QListWidget *>(QStringLiteral("pageList"));
        QCOMPARE(list->count(), 6);
        const QRect secretsRect = list->visualItemRect(list->item(1));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, secretsRect.center());
        QCOMPARE(window.currentPage(), PageId::Secrets);
        for (int row = 0; row < list->count(); ++row)
            QVERIFY(!list->item(row)->toolTip().isEmpty());
    }

    // The Backups page's "needs attention" shows as a badge on its sidebar entry, with the
    // reason as tooltip and accessible description, and goes when the page says all is well.
    void badgesBackupsThatNeedAttention()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openProject(DemoPath).has_value());
        auto *backups = window.findChild<BackupsPage *>();
        auto *list = window.findChild<QListWidget *>(QStringLiteral("pageList"));
        QListWidgetItem *item = list->item(static_cast<int>(Pages::all().indexOf(PageId::Backups)));
        const QString purpose = Pages::purpose(PageId::Backups);
        const auto badged = [item] {
            return item->icon().pixmap(24, 24).toImage()
                != Pages::icon(PageId::Backups).pixmap(24, 24).toImage();
        };
        // The demo's backup accessory lacks its host and secrets: the real page says so.
        window.selectPage(PageId::Backups);
        QTRY_VERIFY_WITH_TIMEOUT(backups->needsAttention(), 15000);
        QVERIFY(!backups->attentionReason().isEmpty());
        QTRY_COMPARE(item->toolTip(),
                     QStringLiteral("Backups: needs attention. ") + backups->attentionReason());
        QVERIFY(badged());
        QCOMPARE(item->data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Backups (needs attention)"));
        QCOMPARE(item->data(Qt::AccessibleDescriptionRole).toString(), item->toolTip());

        // All well: the badge goes.
        Q_EMIT backups->needsAttentionChanged(false, QString());
        QCOMPARE(item->toolTip(), purpose);
        QVERIFY(!badged());
        QVERIFY(!item->data(Qt::AccessibleDescriptionRole).isValid());
        QVERIFY(!item->data(Qt::AccessibleTextRole).isValid());

        const QString overdue
            = QStringLiteral("The newest backup of app_production is 3 days old (schedule "
                             "@daily): overdue.");
        Q_EMIT backups->needsAttentionChanged(true, overdue);
        QVERIFY(badged());
        QCOMPARE(item->data(Qt::AccessibleDescriptionRole).toString(),
                 QStringLiteral("Backups: needs attention. ") + overdue);
        const QString dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            window.selectPage(PageId::Servers);
            for (const ColorScheme scheme : {ColorScheme::Light, ColorScheme::Dark}) {
                Appearance::apply(scheme);
                QCoreApplication::processEvents();
                window.grab().save(
                    QStringLiteral("%1/sidebar-badge-%2.png").arg(dir, Appearance::key(scheme)));
            }
            Appearance::apply(ColorScheme::Light);
        }
    }

    void explainsAFolderThatIsNotAProject()
    {
        QTemporaryDir notAProject;
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(DemoPath).has_value());
        const auto result = window.openProject(notAProject.path());
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().code, QStringLiteral("project.no-config"));
        // The open project stays open; the user is told why nothing changed.
        QVERIFY(window.project());
        QCOMPARE(window.project()->displayName(), QStringLiteral("demo"));
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("openProjectErrorBox"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->text().contains(QLatin1String("config/deploy.yml")));
        box->accept();
    }

    void remembersRecentProjects()
    {
        {
            MainWindow window;
            QVERIFY(window.openProject(DemoPath).has_value());
        }
        QSettings settings;
        QCOMPARE(RecentProjects(settings).paths(), QStringList {QDir::cleanPath(DemoPath)});

        MainWindow window;
        auto *list = window.findChild<QListWidget *>(QStringLiteral("recentProjectsList"));
        QCOMPARE(list->count(), 1);
        QSignalSpy opened(&window, &MainWindow::projectOpened);
        Q_EMIT list->itemActivated(list->item(0));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(window.currentPage(), PageId::Config);
    }

    void closesTheProject()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openProject(DemoPath).has_value());
        QSignalSpy closed(&window, &MainWindow::projectClosed);
        QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(closed.count(), 1);
        QVERIFY(!window.project());
        QVERIFY(!window.currentPage().has_value());
    }

    void aboutDialogListsTheLibraries()
    {
        AboutDialog dialog;
        const QString text = dialog.versionsText();
        QVERIFY(text.startsWith(QLatin1String("Berth ")));
        for (const char *name : {"Qt ", "libssh ", "yaml-cpp ", "QtKeychain "})
            QVERIFY2(text.contains(QLatin1String(name)), name);
        auto *view = dialog.findChild<QTreeWidget *>(QStringLiteral("componentsView"));
        QCOMPARE(view->topLevelItemCount(), 5);
    }

    void darkSchemeDarkensThePalette()
    {
        Appearance::apply(ColorScheme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 180);
        Appearance::apply(ColorScheme::Light);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 180);
        QCOMPARE(Appearance::fromKey(QStringLiteral("DARK")), ColorScheme::Dark);
        QVERIFY(!Appearance::fromKey(QStringLiteral("purple")).has_value());
    }

    void everyPageHasAKeyTitleAndIcon()
    {
        const auto pages = Pages::all();
        for (const PageId page : pages) {
            QCOMPARE(Pages::fromKey(Pages::key(page)), page);
            QVERIFY(!Pages::title(page).isEmpty());
            QVERIFY(!Pages::purpose(page).isEmpty());
            QVERIFY2(!Pages::icon(page).pixmap(24, 24).isNull(), qPrintable(Pages::key(page)));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
