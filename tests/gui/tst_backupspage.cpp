// The Backups page driven as a user would, against the real servers and MinIO: the
// accessories of a project booted on 10.98.0.11, Back up now, the list and its filter,
// Download with decryption, Verify, Restore through the typed confirmation, Cancel.
#include "../integration/BackupServer.h"
#include "core/config/ConfigLoader.h"
#include "core/config/ConfigSession.h"
#include "gui/Appearance.h"
#include "gui/BackupTableModel.h"
#include "gui/BackupsPage.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth;
using namespace Berth::Gui;
using namespace Qt::StringLiterals;

class TestBackupsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void saysThereIsNoBackupYet();
    void backUpNowListsTheNewBackup();
    void filtersAndSorts();
    void downloadsAndDecrypts();
    void verifyRecordsTheDrill();
    void restoreNeedsTheTypedNameAndTakesASafetyBackup();
    void cancelStopsAVerify();
    void screenshots();
    void marksAnImageCompatible();
    void cleanupTestCase();

private:
    // Runs an action and waits for its end; the message it ended with.
    bool waitForAction(bool *success, QString *message, int timeoutMs = 240000);
    QPushButton *button(const QString &accessibleName) const;

    BackupServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Config::ConfigSession> m_session;
    std::unique_ptr<BackupsPage> m_page;
};

bool TestBackupsPage::waitForAction(bool *success, QString *message, int timeoutMs)
{
    QSignalSpy spy(m_page.get(), &BackupsPage::actionFinished);
    if (!spy.wait(timeoutMs))
        return false;
    *success = spy.constFirst().at(0).toBool();
    *message = spy.constFirst().at(1).toString();
    return true;
}

QPushButton *TestBackupsPage::button(const QString &accessibleName) const
{
    const auto buttons = m_page->findChildren<QPushButton *>();
    for (QPushButton *candidate : buttons) {
        if (candidate->accessibleName() == accessibleName)
            return candidate;
    }
    return nullptr;
}

void TestBackupsPage::initTestCase()
{
    BERTH_REQUIRE_TESTENV();
    QVERIFY(m_dir.isValid());
    const QString prepared
        = m_server.prepare(u"bktest-%1-gui"_s.arg(QCoreApplication::applicationPid()));
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    const QString booted = m_server.boot();
    QVERIFY2(booted.isEmpty(), qPrintable(booted));

    QVERIFY(QDir(m_dir.path()).mkpath(u"config"_s));
    QFile file(m_dir.filePath(u"config/deploy.yml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_server.yaml.toUtf8());
    file.close();
    m_session = std::make_unique<Config::ConfigSession>(
        Config::projectLoadOptions(file.fileName(), QString()));

    m_page = std::make_unique<BackupsPage>();
    m_page->resize(1232, 690); // the page inside a 1280×800 window
    m_page->setSecretValues(m_server.secrets);
    m_page->setHostKeyPolicy(m_server.hostKeyPolicy);
    Engine::DrillOptions drill;
    drill.namePrefix = m_server.name + u"-drill"_s;
    m_page->setDrillOptions(drill);
    m_page->setSettingsFile(m_dir.filePath(u"settings.ini"_s));
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestBackupsPage::saysThereIsNoBackupYet()
{
    QSignalSpy loaded(m_page.get(), &BackupsPage::catalogLoaded);
    m_page->setContext(m_dir.path(), QString(), m_session.get(), nullptr);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(m_page->discovery().setups.size(), 1);
    QCOMPARE(m_page->model()->rowCount(), 0);
    QVERIFY2(m_page->summaryText().contains(u"There is no backup of “app_production”"_s),
             qPrintable(m_page->summaryText()));
    QVERIFY(m_page->needsAttention());
    QVERIFY(button(u"Back up the database now"_s)->isEnabled());
    QVERIFY(!button(u"Restore the database from the selected backup"_s)->isEnabled());
}

void TestBackupsPage::backUpNowListsTheNewBackup()
{
    for (int i = 0; i < 2; ++i) {
        QSignalSpy loaded(m_page.get(), &BackupsPage::catalogLoaded);
        QTest::mouseClick(button(u"Back up the database now"_s), Qt::LeftButton);
        QVERIFY(m_page->isBusy());
        QVERIFY(button(u"Cancel the current backup action"_s)->isEnabled());
        bool ok = false;
        QString message;
        QVERIFY(waitForAction(&ok, &message));
        QVERIFY2(ok, qPrintable(message));
        QVERIFY(loaded.wait(30000));
        QCOMPARE(m_page->model()->rowCount(), i + 1);
        QTest::qWait(1100); // backup.sh names objects by the second
    }
    QVERIFY(!m_page->needsAttention());
    QVERIFY2(m_page->summaryText().contains(u"Retention (BACKUP_KEEP_DAYS=7)"_s),
             qPrintable(m_page->summaryText()));
    // The newest is selected after a backup, with its details.
    const auto selected = m_page->selectedBackup();
    QVERIFY(selected);
    QVERIFY(selected->encrypted);
    QVERIFY(m_page->detailsText().contains(selected->timestamp));
    QCOMPARE(m_page->model()
                 ->index(m_page->model()->indexOfKey(selected->key), BackupTableModel::Encrypted)
                 .data()
                 .toString(),
             u"Encrypted"_s);
}

void TestBackupsPage::filtersAndSorts()
{
    m_page->setFilter(u"nothing-like-it"_s);
    QCOMPARE(m_page->proxyModel()->rowCount(), 0);
    m_page->setFilter(u"APP_prod"_s);
    QCOMPARE(m_page->proxyModel()->rowCount(), 2);
    m_page->setFilter(QString());
    m_page->view()->sortByColumn(BackupTableModel::TimeUtc, Qt::AscendingOrder);
    const QString older
        = m_page->proxyModel()->index(0, 0).data(BackupTableModel::KeyRole).toString();
    m_page->view()->sortByColumn(BackupTableModel::TimeUtc, Qt::DescendingOrder);
    const QString newer
        = m_page->proxyModel()->index(0, 0).data(BackupTableModel::KeyRole).toString();
    QVERIFY(older < newer);
    // Filtering everything out dropped the selection: an action now says why it cannot run.
    if (!m_page->selectedBackup()) {
        QSignalSpy finished(m_page.get(), &BackupsPage::actionFinished);
        m_page->verifySelected();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().at(1).toString(), u"Select a backup first."_s);
    }
    QVERIFY(m_page->selectBackup(newer));
}

void TestBackupsPage::downloadsAndDecrypts()
{
    const QString target = m_dir.filePath(u"download.dump"_s);
    m_page->downloadSelectedTo(target, true);
    bool ok = false;
    QString message;
    QVERIFY(waitForAction(&ok, &message, 60000));
    QVERIFY2(ok, qPrintable(message));
    QProcess pgRestore;
    pgRestore.start(u"pg_restore"_s, {u"--list"_s, target});
    QVERIFY(pgRestore.waitForFinished(30000));
    QCOMPARE(pgRestore.exitCode(), 0);
}

void TestBackupsPage::verifyRecordsTheDrill()
{
    const auto selected = m_page->selectedBackup();
    QVERIFY(selected);
    QTest::mouseClick(button(u"Verify the selected backup with a restore drill"_s), Qt::LeftButton);
    bool ok = false;
    QString message;
    QVERIFY(waitForAction(&ok, &message));
    QVERIFY2(ok, qPrintable(message));
    QVERIFY2(message.contains(u"250 rows"_s), qPrintable(message));
    QVERIFY(m_page->selectBackup(selected->key));
    QVERIFY(!m_page->model()
                 ->index(m_page->model()->indexOfKey(selected->key), BackupTableModel::Verified)
                 .data()
                 .toString()
                 .isEmpty());
    QVERIFY2(m_page->detailsText().contains(u"this backup"_s), qPrintable(m_page->detailsText()));
    QCOMPARE(m_server.drillLeftovers(), QString());
}

void TestBackupsPage::restoreNeedsTheTypedNameAndTakesASafetyBackup()
{
    QCOMPARE(m_server.psql(u"DELETE FROM items WHERE id <= 200; SELECT count(*) FROM items;"_s),
             u"50"_s);
    QTest::mouseClick(button(u"Restore the database from the selected backup"_s), Qt::LeftButton);
    RestoreConfirmDialog *dialog = m_page->restoreDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const QString text = dialog->findChild<QLabel *>()->text();
    QVERIFY2(text.contains(u"safety backup"_s), qPrintable(text));
    QVERIFY(!dialog->restoreButton()->isEnabled());
    QTest::keyClicks(dialog->input(), u"app_productio"_s);
    QVERIFY(!dialog->restoreButton()->isEnabled());
    QTest::keyClicks(dialog->input(), u"n"_s);
    QVERIFY(dialog->restoreButton()->isEnabled());
    QSignalSpy loaded(m_page.get(), &BackupsPage::catalogLoaded);
    QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
    QVERIFY(m_page->isBusy());
    bool ok = false;
    QString message;
    QVERIFY(waitForAction(&ok, &message));
    QVERIFY2(ok, qPrintable(message));
    QVERIFY2(message.contains(u"Safety backup"_s), qPrintable(message));
    QCOMPARE(m_server.psql(u"SELECT count(*) FROM items;"_s), u"250"_s);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(m_page->model()->rowCount(), 3); // two backups and the safety backup
}

void TestBackupsPage::cancelStopsAVerify()
{
    QSignalSpy finished(m_page.get(), &BackupsPage::actionFinished);
    QTest::mouseClick(button(u"Verify the selected backup with a restore drill"_s), Qt::LeftButton);
    // Cancelled while its throwaway Postgres runs (the drill can take under 2 s, so a fixed
    // pause raced it): the container must go too.
    QTRY_VERIFY_WITH_TIMEOUT(!m_server.drillLeftovers().isEmpty() || !finished.isEmpty(), 60000);
    QVERIFY2(finished.isEmpty(), "the drill ended before its container was seen");
    QTest::mouseClick(button(u"Cancel the current backup action"_s), Qt::LeftButton);
    QVERIFY(finished.wait(240000) || !finished.isEmpty());
    const bool ok = finished.constFirst().at(0).toBool();
    const QString message = finished.constFirst().at(1).toString();
    QVERIFY2(!ok, qPrintable(message));
    QCOMPARE(message, u"Cancelled."_s);
    QVERIFY(!m_page->isBusy());
    QCOMPARE(m_server.drillLeftovers(), QString());
}

void TestBackupsPage::screenshots()
{
    const QString dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(QDir().mkpath(dir));
    for (const ColorScheme scheme : {ColorScheme::Light, ColorScheme::Dark}) {
        Appearance::apply(scheme);
        QCoreApplication::processEvents();
        const QImage image = m_page->grab().toImage();
        QVERIFY(!image.isNull());
        if (!dir.isEmpty())
            QVERIFY(image.save(u"%1/backups-%2.png"_s.arg(dir, Appearance::key(scheme))));
    }
    Appearance::apply(ColorScheme::Light);
}

void TestBackupsPage::marksAnImageCompatible()
{
    // The same project with the backup image under another name: not recognised until the
    // user marks it compatible.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"config"_s));
    QFile file(dir.filePath(u"config/deploy.yml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QString yaml = m_server.yaml;
    yaml.replace(TestEnv::value("BERTH_TEST_BACKUP_IMAGE"),
                 u"registry.example.com/me/pg-backup:3"_s);
    file.write(yaml.toUtf8());
    file.close();
    Config::ConfigSession session(Config::projectLoadOptions(file.fileName(), QString()));
    BackupsPage page;
    page.setSecretValues(m_server.secrets);
    page.setSettingsFile(dir.filePath(u"settings.ini"_s));
    page.show();
    page.setContext(dir.path(), QString(), &session, nullptr);
    QVERIFY(page.discovery().setups.isEmpty());
    QVERIFY(page.summaryText().contains(u"No accessory runs postgres-backup-s3"_s));
    const auto buttons = page.findChildren<QPushButton *>();
    const auto mark = std::find_if(buttons.cbegin(), buttons.cend(), [](QPushButton *b) {
        return b->text().startsWith(u"Mark an image as compatible"_s);
    });
    QVERIFY(mark != buttons.cend());
    QVERIFY((*mark)->isVisible());
    QSignalSpy loaded(&page, &BackupsPage::catalogLoaded);
    page.setCompatibleImages({u"me/pg-backup"_s});
    QCOMPARE(page.discovery().setups.size(), 1);
    QVERIFY(!(*mark)->isVisible());
    QVERIFY(loaded.wait(30000));
    QCOMPARE(page.model()->rowCount(), 3); // the backups the other tests made
}

void TestBackupsPage::cleanupTestCase()
{
    m_page.reset();
    m_server.tearDown();
}

QTEST_MAIN(TestBackupsPage)
#include "tst_backupspage.moc"
