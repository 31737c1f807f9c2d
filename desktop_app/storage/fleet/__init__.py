"""The fleet's central PostgreSQL (psycopg 3): schema, pushing station rows, policies, fleet views.

The station's SQLite database stays the local truth; everything here is an adapter that
copies to, or reads from, the central database.
"""
