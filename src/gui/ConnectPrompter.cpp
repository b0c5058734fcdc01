#include "gui/ConnectPrompter.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include <future>

namespace Berth::Gui {

namespace {

// Runs `show` on the prompter's (GUI) thread; it opens a dialog and calls the reply it gets
// once with the answer. The calling worker waits. A dialog destroyed unanswered drops its
// reply, which breaks the promise: that reads as `declined`.
template<typename T, typename Show>
T askOnGuiThread(QObject *prompter, T declined, Show show)
{
    if (QThread::currentThread() == prompter->thread())
        return declined; // would wait for itself; callers are worker threads
    auto promise = std::make_shared<std::promise<T>>();
    std::future<T> future = promise->get_future();
    QMetaObject::invokeMethod(
        prompter,
        [show, promise] {
            show([promise](T answer) {
                try {
                    promise->set_value(std::move(answer));
                } catch (const std::future_error &) { } // answered twice: the first counts
            });
        },
        Qt::QueuedConnection);
    try {
        return future.get();
    } catch (const std::future_error &) {
        return declined;
    }
}

} // namespace

PassphraseDialog::PassphraseDialog(const Engine::PassphraseQuestion &question, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(tr("Key Passphrase"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("The private key “%1” is protected by a passphrase. Berth uses it for every server "
           "until you quit.")
            .arg(question.keyFile),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (question.previousWasWrong || question.storedWasWrong) {
        auto *problem = new QLabel(
            question.previousWasWrong
                ? tr("That passphrase did not open the key. Try again (attempt %1 of %2).")
                      .arg(question.attempt)
                      .arg(Engine::KeyPassphrases::maxAttempts)
                : tr("The passphrase remembered in the keychain no longer opens this key. Enter "
                     "the current one; it replaces the remembered one."),
            this);
        problem->setObjectName(QStringLiteral("passphraseProblem"));
        problem->setWordWrap(true);
        problem->setForegroundRole(QPalette::BrightText);
        layout->addWidget(problem);
    }
    auto *form = new QFormLayout;
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_passphrase->setAccessibleDescription(tr("Passphrase for %1").arg(question.keyFile));
    auto *label = new QLabel(tr("&Passphrase:"), this);
    label->setBuddy(m_passphrase);
    form->addRow(label, m_passphrase);
    layout->addLayout(form);
    m_remember = new QCheckBox(tr("&Remember in the keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setAccessibleName(tr("Remember in the keychain"));
    m_remember->setToolTip(tr("Stores the passphrase in your system's keychain, so Berth does not "
                              "ask next time"));
    m_remember->setChecked(question.storedWasWrong);
    layout->addWidget(m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Unlock"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_passphrase->setFocus();
}

Engine::PassphraseAnswer PassphraseDialog::answer() const
{
    return {m_passphrase->text(), m_remember->isChecked()};
}

ConnectPrompter::ConnectPrompter(QObject *parent)
    : QObject(parent)
{
    QPointer<ConnectPrompter> self(this);
    m_passphrases = std::make_shared<Engine::KeyPassphrases>(
        [self](const Engine::PassphraseQuestion &question) -> Result<Engine::PassphraseAnswer> {
            if (!self)
                return fail(QStringLiteral("ssh.key-passphrase"),
                            tr("The private key “%1” is protected by a passphrase, and none "
                               "was given.")
                                .arg(question.keyFile));
            return self->askPassphrase(question);
        },
        std::make_shared<Engine::OsPassphraseKeychain>());
}

ConnectPrompter *ConnectPrompter::session()
{
    static QPointer<ConnectPrompter> prompter;
    if (!prompter)
        prompter = new ConnectPrompter(qApp);
    return prompter;
}

Result<Engine::PassphraseAnswer> ConnectPrompter::askPassphrase(
    const Engine::PassphraseQuestion &question)
{
    using Answer = std::optional<Engine::PassphraseAnswer>;
    const auto answer = askOnGuiThread<Answer>(this, std::nullopt, [question](auto reply) {
        auto *dialog = new PassphraseDialog(question, QApplication::activeWindow());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, dialog, [dialog, reply](int result) {
            reply(result == QDialog::Accepted ? Answer(dialog->answer()) : std::nullopt);
        });
        dialog->open();
    });
    if (!answer)
        return fail(QStringLiteral("ssh.key-passphrase"),
                    tr("No passphrase was given for the private key “%1”, so Berth could not log "
                       "in with it.")
                        .arg(question.keyFile));
    return *answer;
}

bool ConnectPrompter::askHostKey(const Engine::HostKeyQuestion &question)
{
    return askOnGuiThread<bool>(this, false, [question](auto reply) {
        const QString text = question.jumpHostFor.isEmpty()
            ? tr("The server %1 is not in your known_hosts yet.").arg(question.host)
            : tr("The jump host %1, through which Berth reaches %2, is not in your known_hosts "
                 "yet.")
                  .arg(question.host, question.jumpHostFor);
        auto *box = new QMessageBox(
            QMessageBox::Question,
            question.jumpHostFor.isEmpty() ? tr("New Server") : tr("New Jump Host"), text,
            QMessageBox::Yes | QMessageBox::Cancel, QApplication::activeWindow());
        box->setObjectName(QStringLiteral("hostKeyQuestion"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(tr("It presents the key %1 %2. Compare the fingerprint with what "
                                   "your provider or the server shows before trusting it.")
                                    .arg(question.key.type, question.key.sha256Fingerprint));
        box->button(QMessageBox::Yes)->setText(tr("&Trust"));
        box->setDefaultButton(QMessageBox::Cancel);
        connect(box, &QMessageBox::finished, box,
                [reply](int result) { reply(result == QMessageBox::Yes); });
        box->open();
    });
}

Engine::HostKeyAsker ConnectPrompter::hostKeyAsker()
{
    return [self = QPointer<ConnectPrompter>(this)](const Engine::HostKeyQuestion &question) {
        return self && self->askHostKey(question);
    };
}

} // namespace Berth::Gui
