package appraisal.domain.port.in.access;

import appraisal.domain.model.shared.Require;

/**
 * A sign-in attempt. {@code client} identifies where it comes from (the remote address) so that
 * throttling can slow down guessing from one place as well as against one account.
 */
public record SignInCommand(String username, char[] password, String client) {
    public SignInCommand {
        username = Require.text(username, "username");
        Require.present(password, "password");
        client = Require.text(client, "client");
    }

    @Override
    public String toString() {
        return "SignInCommand[" + username + " from " + client + "]";
    }
}
