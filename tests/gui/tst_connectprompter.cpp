// ConnectPrompter and PassphraseDialog, offscreen, with the real Secret Service of the test
// environment: a connection's worker thread asks, the dialog appears with accessible names,
// a wrong passphrase is asked again, "Remember in the keychain" stores the passphrase; a jump
// host's key question names it as the jump host.
#include "../integration/TestEnv.h"
#include "gui/Appearance.h"
#include "gui/ConnectPrompter.h"
#include "secrets/KeychainSecretStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <thread>

using namespace Berth;

namespace {

template<typename T>
T *findTopLevel(const QString &objectName)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<T *>(widget);
            found && found->objectName() == objectName && found->isVisible())
            return found;
    }
    return nullptr;
}

// The question about a key known_hosts does not hold; `jumpHostFor` set: a jump host's.
Engine::HostKeyQuestion hostKeyQuestion(const QString &host, const QString &jumpHostFor = {})
{
    Engine::HostKeyQuestion question;
    question.host = host;
    question.jumpHostFor = jumpHostFor;
    question.key.type = QStringLiteral("ssh-ed25519");
    question.key.sha256Fingerprint = QStringLiteral("SHA256:abcdefghijklmnop");
    return question;
}

} // namespace

class TestConnectPrompter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_key;
    const QString m_passphrase = QStringLiteral("open sesame");

    // The passphrase dialog the worker's question opened (after `previous` closed).
    static Gui::PassphraseDialog *waitForDialog(Gui::PassphraseDialog *previous = nullptr)
    {
        Gui::PassphraseDialog *dialog = nullptr;
        const QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired()) {
            dialog = findTopLevel<Gui::PassphraseDialog>(QStringLiteral("passphraseDialog"));
            if (dialog && dialog != previous)
                return dialog;
            QTest::qWait(20);
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        BERTH_REQUIRE_TESTENV();
        qputenv("DBUS_SESSION_BUS_ADDRESS", TestEnv::value("BERTH_TEST_DBUS_ADDRESS").toUtf8());
        QVERIFY(m_dir.isValid());
        m_key = m_dir.filePath(QStringLiteral("id_gui"));
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"),
                     {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                      QStringLiteral("-N"), m_passphrase, QStringLiteral("-f"), m_key});
        QVERIFY(keygen.waitForFinished(10000) && keygen.exitCode() == 0);
    }

    void cleanupTestCase()
    {
        if (!m_key.isEmpty())
            Engine::OsPassphraseKeychain().remove(m_key);
    }

    void asksInADialogAndRemembersOnRequest()
    {
        Gui::ConnectPrompter prompter;
        std::optional<Result<QString>> outcome;
        std::thread worker([&] { outcome = prompter.passphrases()->passphraseFor(m_key); });

        Gui::PassphraseDialog *dialog = waitForDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->windowTitle().contains(QLatin1String("Passphrase")));
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("passphraseEdit"));
        auto *remember = dialog->findChild<QCheckBox *>(QStringLiteral("rememberCheck"));
        QVERIFY(edit && remember);
        QCOMPARE(edit->accessibleName(), QStringLiteral("Passphrase"));
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QCOMPARE(remember->accessibleName(), QStringLiteral("Remember in the keychain"));
        QVERIFY(!remember->isChecked());
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("passphraseProblem")));

        // Wrong: the dialog comes back and says so.
        QTest::keyClicks(edit, QStringLiteral("not it"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        Gui::PassphraseDialog *again = waitForDialog(dialog);
        QVERIFY(again);
        auto *problem = again->findChild<QLabel *>(QStringLiteral("passphraseProblem"));
        QVERIFY(problem);
        QVERIFY(problem->text().contains(QLatin1String("2 of 3")));

        QTest::keyClicks(again->findChild<QLineEdit *>(QStringLiteral("passphraseEdit")),
                         m_passphrase);
        again->findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->setChecked(true);
        again->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        const QDeadlineTimer deadline(20000);
        while (!outcome && !deadline.hasExpired())
            QTest::qWait(20);
        worker.join();
        QVERIFY(outcome && outcome->has_value());
        QCOMPARE(**outcome, m_passphrase);

        // In the Secret Service, under the key's own entry.
        KeychainSecretStore store(Engine::passphraseKeychainService());
        std::optional<Result<QString>> stored;
        store.read(Engine::passphraseKeychainKey(m_key),
                   [&stored](Result<QString> value) { stored = std::move(value); });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 10000);
        QVERIFY(stored->has_value());
        QCOMPARE(**stored, m_passphrase);

        // A new session (another prompter) takes it from there without a dialog.
        Gui::ConnectPrompter next;
        std::optional<Result<QString>> reused;
        std::thread second([&] { reused = next.passphrases()->passphraseFor(m_key); });
        const QDeadlineTimer secondDeadline(20000);
        while (!reused && !secondDeadline.hasExpired()) {
            QVERIFY(!findTopLevel<Gui::PassphraseDialog>(QStringLiteral("passphraseDialog")));
            QTest::qWait(20);
        }
        second.join();
        QVERIFY(reused && reused->has_value());
        QCOMPARE(**reused, m_passphrase);
    }

    void cancellingTheDialogSaysNoPassphraseWasGiven()
    {
        Engine::OsPassphraseKeychain().remove(m_key);
        Gui::ConnectPrompter prompter;
        std::optional<Result<QString>> outcome;
        std::thread worker([&] { outcome = prompter.passphrases()->passphraseFor(m_key); });
        Gui::PassphraseDialog *dialog = waitForDialog();
        QVERIFY(dialog);
        dialog->reject();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        worker.join();
        QVERIFY(!outcome->has_value());
        QCOMPARE(outcome->error().code, QStringLiteral("ssh.key-passphrase"));
        QVERIFY(outcome->error().message.contains(m_key));
    }

    void asksAboutAJumpHostKeyNamingIt()
    {
        Gui::ConnectPrompter prompter;
        const Engine::HostKeyQuestion question
            = hostKeyQuestion(QStringLiteral("bastion.example"), QStringLiteral("app.internal"));
        const Engine::HostKeyAsker ask = prompter.hostKeyAsker();
        for (const bool trust : {true, false}) {
            std::optional<bool> answer;
            std::thread worker([&] { answer = ask(question); });
            QMessageBox *box = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT(
                (box = findTopLevel<QMessageBox>(QStringLiteral("hostKeyQuestion"))), 10000);
            QVERIFY(box->text().contains(QLatin1String("jump host bastion.example")));
            QVERIFY(box->text().contains(QLatin1String("app.internal")));
            QVERIFY(box->informativeText().contains(question.key.sha256Fingerprint));
            // The safe answer is the default one, and has the keyboard focus.
            QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
            QCOMPARE(box->focusWidget(), box->button(QMessageBox::Cancel));
            box->button(trust ? QMessageBox::Yes : QMessageBox::Cancel)->click();
            QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
            worker.join();
            QCOMPARE(*answer, trust);
        }
    }

    // A page that must wait for its workers first declines what they wait on: shown or not
    // yet shown, the question answers "no" and no dialog stays behind.
    void declineOpenQuestionsAnswersNo()
    {
        Gui::ConnectPrompter prompter;
        const Engine::HostKeyQuestion question = hostKeyQuestion(QStringLiteral("new.example"));
        const Engine::HostKeyAsker ask = prompter.hostKeyAsker();
        for (const bool shown : {true, false}) {
            std::optional<bool> answer;
            std::thread worker([&] { answer = ask(question); });
            if (shown) {
                QMessageBox *box = nullptr;
                QTRY_VERIFY_WITH_TIMEOUT(
                    (box = findTopLevel<QMessageBox>(QStringLiteral("hostKeyQuestion"))), 10000);
                // How a new server is put to the user (the Servers, Releases, Backups and
                // Deploy pages ask this), light and dark, for a person to look at.
                if (const QString dir = qEnvironmentVariable("BERTH_SCREENSHOT_DIR");
                    !dir.isEmpty()) {
                    for (const auto scheme : {Gui::ColorScheme::Light, Gui::ColorScheme::Dark}) {
                        Gui::Appearance::apply(scheme);
                        QCoreApplication::processEvents();
                        box->grab().save(QStringLiteral("%1/new-server-question-%2.png")
                                             .arg(dir, Gui::Appearance::key(scheme)));
                    }
                    Gui::Appearance::apply(Gui::ColorScheme::Light);
                }
            } else {
                // Registered by the worker, its dialog not opened: no events run here.
                const QDeadlineTimer deadline(10000);
                while (prompter.openQuestionCount() == 0 && !deadline.hasExpired())
                    QThread::msleep(5);
                QCOMPARE(prompter.openQuestionCount(), 1);
            }
            prompter.declineOpenQuestions();
            worker.join(); // would hang if the worker still waited
            QCOMPARE(answer, std::optional<bool>(false));
            QCOMPARE(prompter.openQuestionCount(), 0);
            QCoreApplication::processEvents();
            QTRY_VERIFY(!findTopLevel<QMessageBox>(QStringLiteral("hostKeyQuestion")));
        }
    }
};

QTEST_MAIN(TestConnectPrompter)
#include "tst_connectprompter.moc"
