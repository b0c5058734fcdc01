#include "gui/ConnectPrompter.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMutexLocker>
#include <QPointer>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include <chrono>
#include <future>
#include <mutex>

namespace Berth::Gui {

namespace {

// A question a worker waits on. Answered once: by the dialog, or declined by
// declineOpenQuestions() when the GUI thread must wait for that worker.
template<typename T>
class PendingAnswer
{
public:
    explicit PendingAnswer(T declined)
        : m_declined(std::move(declined))
    { }

    void answer(T value)
    {
        std::call_once(m_once, [&] { m_promise.set_value(std::move(value)); });
    }
    void decline() { answer(m_declined); }
    [[nodiscard]] bool isAnswered() const
    {
        return m_future.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
    }
    [[nodiscard]] T wait() { return m_future.get(); }

private:
    T m_declined;
    std::once_flag m_once;
    std::promise<T> m_promise;
    std::shared_future<T> m_future = m_promise.get_future().share();
};

} // namespace

// Runs `show` on the prompter's (GUI) thread; it opens a dialog, calls the reply it gets once
// with the answer and returns the dialog. The calling worker waits. A dialog destroyed
// unanswered reads as `declined`, and so does declineOpenQuestions().
template<typename T, typename Show>
T ConnectPrompter::askOnGuiThread(T declined, Show show)
{
    if (QThread::currentThread() == thread())
        return declined; // would wait for itself; callers are worker threads
    auto pending = std::make_shared<PendingAnswer<T>>(declined);
    auto question = std::make_shared<OpenQuestion>();
    question->decline = [pending] { pending->decline(); };
    {
        const QMutexLocker locker(&m_openMutex);
        m_open.append(question);
    }
    QMetaObject::invokeMethod(
        this,
        [this, show, pending, question] {
            if (pending->isAnswered())
                return; // declined before it could be shown
            QWidget *dialog = show([pending](T answer) { pending->answer(std::move(answer)); });
            question->dialog = dialog;
            // Unanswered when it goes: "no".
            connect(dialog, &QObject::destroyed, this, [pending] { pending->decline(); });
        },
        Qt::QueuedConnection);
    T answer = pending->wait();
    const QMutexLocker locker(&m_openMutex);
    m_open.removeOne(question);
    return answer;
}

void ConnectPrompter::declineOpenQuestions()
{
    QList<std::shared_ptr<OpenQuestion>> open;
    {
        const QMutexLocker locker(&m_openMutex);
        open = m_open;
    }
    for (const std::shared_ptr<OpenQuestion> &question : std::as_const(open)) {
        question->decline();
        if (question->dialog)
            question->dialog->close();
    }
}

int ConnectPrompter::openQuestionCount() const
{
    const QMutexLocker locker(&m_openMutex);
    return int(m_open.size());
}

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
    const auto answer = askOnGuiThread<Answer>(std::nullopt, [question](auto reply) {
        auto *dialog = new PassphraseDialog(question, QApplication::activeWindow());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, dialog, [dialog, reply](int result) {
            reply(result == QDialog::Accepted ? Answer(dialog->answer()) : std::nullopt);
        });
        dialog->open();
        return dialog;
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
    return askOnGuiThread<bool>(false, [question](auto reply) -> QWidget * {
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
        return box;
    });
}

Engine::HostKeyAsker ConnectPrompter::hostKeyAsker()
{
    return [self = QPointer<ConnectPrompter>(this)](const Engine::HostKeyQuestion &question) {
        return self && self->askHostKey(question);
    };
}

} // namespace Berth::Gui
