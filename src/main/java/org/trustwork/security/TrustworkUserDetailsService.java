package org.trustwork.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.trustwork.account.AccountService;

@Service
class TrustworkUserDetailsService implements UserDetailsService {

    private final AccountService accounts;

    TrustworkUserDetailsService(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return accounts.credentialsFor(email)
                .map(TrustworkUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown login"));
    }
}
