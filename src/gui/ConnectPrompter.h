#pragma once

#include "core/Result.h"
#include "engine/HostConnector.h"
#include "engine/KeyPassphrases.h"

#include <QDialog>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QCheckBox;
class QLineEdit;

namespace Berth::Gui {

// Asks for the passphrase of an encrypted private key, offering to remember it in the OS
// keychain. Says so when the last answer (or the remembered one) did not open the key.
class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    PassphraseDialog(const Engine::PassphraseQuestion &question, QWidget *parent = nullptr);

    [[nodiscard]] Engine::PassphraseAnswer answer() const;

private:
    QLineEdit *m_passphrase;
    QCheckBox *m_remember;
};

// Puts the questions a connection meets on its worker thread — an unknown host key (a jump
// host's included), a key passphrase — to the user in dialogs on the GUI thread, and blocks
// the worker until the answer. Dialogs open window-modal on the active window and never
// block the GUI thread. One prompter serves the whole application (session()), so a key's
// passphrase is asked once for every page and every host.
class ConnectPrompter : public QObject
{
    Q_OBJECT

public:
    explicit ConnectPrompter(QObject *parent = nullptr);

    // The application's prompter (created on first use; call that on the GUI thread).
    [[nodiscard]] static ConnectPrompter *session();

    // Blocking; call from a worker thread only. An unanswered question counts as "no".
    [[nodiscard]] Result<Engine::PassphraseAnswer> askPassphrase(
        const Engine::PassphraseQuestion &question);
    [[nodiscard]] bool askHostKey(const Engine::HostKeyQuestion &question);

    // Key passphrases for this session, from the OS keychain or asked through this prompter.
    [[nodiscard]] std::shared_ptr<Engine::KeyPassphrases> passphrases() const
    {
        return m_passphrases;
    }
    // askHostKey() as HostKeyPolicy wants it (safe to outlive the prompter: then "no").
    [[nodiscard]] Engine::HostKeyAsker hostKeyAsker();

    // Answers "no" to every question a worker waits on, and closes its dialog. For the GUI
    // thread before it waits for workers (a page that stops its inspection): a worker waiting
    // for an answer only the GUI thread can give would wait forever.
    void declineOpenQuestions();
    [[nodiscard]] int openQuestionCount() const;

private:
    struct OpenQuestion
    {
        std::function<void()> decline; // thread-safe
        QPointer<QWidget> dialog; // GUI thread only
    };

    template<typename T, typename Show>
    T askOnGuiThread(T declined, Show show);

    std::shared_ptr<Engine::KeyPassphrases> m_passphrases;
    mutable QMutex m_openMutex;
    QList<std::shared_ptr<OpenQuestion>> m_open;
};

} // namespace Berth::Gui
