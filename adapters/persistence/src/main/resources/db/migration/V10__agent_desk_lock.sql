-- One row per agent who has taken a conversation (scale-out, issue #8). A claim or a transfer to an agent
-- first updates the agent's row here; the row lock makes two assignments to the same agent take turns, even
-- from two nodes, so the capacity check that follows (COUNT of the agent's queue_entry rows) sees the other
-- one. Without it, two claims at READ COMMITTED could each count the agent one below capacity and both win.
-- Portable SQL for H2 and PostgreSQL.

CREATE TABLE agent_desk (
    agent            VARCHAR(100) NOT NULL PRIMARY KEY,
    last_assigned_at TIMESTAMP WITH TIME ZONE NOT NULL
);
